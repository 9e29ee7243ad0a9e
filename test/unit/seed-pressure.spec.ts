import { describe, expect, it } from '@jest/globals'

import { routines, techniques } from '../../seeds/data'
import type { SeedTechnique } from '../../seeds/types'
import { pressureLevelsIn } from '../helpers/pressureWords'

/** Every pressure a technique is given: its default and each routine item's. */
const levelsGiven = (technique: SeedTechnique) =>
  new Set(
    [
      technique.defaultDosage.pressure,
      ...routines.flatMap((routine) =>
        routine.items
          .filter((item) => item.technique === technique.slug)
          .map((item) => item.dosage?.pressure),
      ),
    ].filter((level) => level),
  )

/** Words in a technique's summary, steps or cues that state a pressure it is not given. */
const contradictions = (technique: SeedTechnique) => {
  const given = levelsGiven(technique)
  return [technique.summary, ...technique.steps, ...technique.cues].flatMap((text) =>
    pressureLevelsIn(text)
      .filter(({ level }) => given.size > 0 && [...given].some((other) => other !== level))
      .map(({ words }) => `${technique.name}: "${words}" beside ${[...given].join(' and ')}`),
  )
}

describe('the seeded library agrees with itself about pressure', () => {
  it('states no pressure in a technique’s words that its default or a routine contradicts', () => {
    expect(techniques.flatMap(contradictions)).toEqual([])
  })

  it('catches a card that says "Firm pressure… 4 to 6 out of 10" beside a light pressure', () => {
    const calf = techniques.find((technique) => technique.slug === 'calf-and-hamstring-rolling')!
    const before = {
      ...calf,
      cues: [...calf.cues, 'Firm pressure that feels like a "good hurt", about 4 to 6 out of 10.'],
    }
    expect(contradictions(before)).toEqual([
      expect.stringContaining('"Firm pressure"'),
      expect.stringContaining('"4 to 6 out of 10"'),
    ])
  })
})

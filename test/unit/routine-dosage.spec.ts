import { describe, expect, it } from '@jest/globals'

import { dosageInRoutine } from '../../src/handouts/compose/routineDosage'
import { effectiveDosage } from '../../src/dosage/dosage'

const neckRollsDefault = {
  repetitions: 10,
  sets: 2,
  restSeconds: 15,
  pressure: 'light' as const,
  frequency: 'weekly' as const,
  timeOfDay: ['morning' as const, 'any-time' as const],
}

describe('a technique’s default inside a routine', () => {
  it('never brings its own schedule: how often and when belong to the routine', () => {
    expect(dosageInRoutine(neckRollsDefault, { repetitions: 8 })).not.toHaveProperty('frequency')
    expect(dosageInRoutine(neckRollsDefault, { repetitions: 8 })).not.toHaveProperty('timeOfDay')
    expect(dosageInRoutine(neckRollsDefault, { frequency: 'daily' })).toMatchObject({
      frequency: 'daily',
    })
  })

  it('adds no counts beside a time the routine gives, and no time beside its counts', () => {
    const byTime = dosageInRoutine(
      { ...neckRollsDefault, durationMinutes: 4 },
      { durationMinutes: 3 },
    )
    expect(byTime).toEqual({ durationMinutes: 3, pressure: 'light' })
    const byCount = dosageInRoutine({ ...neckRollsDefault, durationMinutes: 4 }, { repetitions: 8 })
    expect(byCount).not.toHaveProperty('durationMinutes')
    expect(byCount).toMatchObject({ repetitions: 8, sets: 2, restSeconds: 15 })
  })

  it('leaves out rest between sets when the routine asks for one set', () => {
    expect(dosageInRoutine(neckRollsDefault, { repetitions: 8, sets: 1 })).toEqual({
      repetitions: 8,
      sets: 1,
      pressure: 'light',
    })
  })

  it('fills everything outside a routine, as before', () => {
    expect(effectiveDosage(neckRollsDefault, { repetitions: 8 })).toMatchObject({
      repetitions: 8,
      frequency: 'weekly',
    })
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { homeProgram } from '../../bench/pdf/fixture'
import { createPopulation } from '../../bench/send/population'
import { seed } from '../../seeds/seed'
import { makeHandoutPdf } from '../../src/handouts/make'
import { renderPdf } from '../../src/handouts/pdf/renderPdf'
import type { User } from '../../src/payload-types'
import { createStaff, relyingOnDefaults } from '../helpers/fixtures'
import { startPayload, stopPayload } from '../helpers/payload'
import { blankShare, pageImages } from '../helpers/pdfPages'

/** The rule: no page but the last is more than this share blank. */
const MOST_BLANK = 0.4

/** A4, Letter and large print: the three ways a handout is printed. */
const PRINTINGS = [
  { name: 'A4', paper: 'A4', largePrint: false },
  { name: 'Letter', paper: 'LETTER', largePrint: false },
  { name: 'large print', paper: 'A4', largePrint: true },
] as const

/** Every page but the last that is more than 40% blank, as `page n: 62% blank`. */
const mostlyBlankPages = async (pdf: Uint8Array) => {
  const pages = await pageImages(pdf, { scale: 0.4 })
  return pages.slice(0, -1).flatMap((page, index) => {
    const blank = blankShare(page)
    return blank > MOST_BLANK ? [`page ${index + 1}: ${Math.round(blank * 100)}% blank`] : []
  })
}

let payload: Payload
let clinician: User

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload)
  ;({ clinician } = await createStaff(payload))
}, 300_000)

afterAll(async () => {
  await stopPayload(payload)
})

/** What a clinician does: a patient of theirs, then a program for one condition. */
const programFor = async (conditionId: number, name: string) => {
  const asClinician = { user: clinician, overrideAccess: false } as const
  const patient = await payload.create({
    collection: 'patients',
    data: relyingOnDefaults<'patients'>({ name, email: 'pat@example.com', emailConsent: true }),
    ...asClinician,
  })
  return payload.create({
    collection: 'programs',
    depth: 0,
    data: relyingOnDefaults<'programs'>({
      patient: patient.id,
      conditions: [conditionId],
      status: 'ready',
    }),
    ...asClinician,
  })
}

describe('pages of a handout are used', () => {
  it('leaves no page but the last more than 40% blank in the home program of each seeded condition', async () => {
    const { docs: conditions } = await payload.find({
      collection: 'conditions',
      where: { slug: { exists: true } },
      sort: 'id',
      pagination: false,
      depth: 0,
    })
    expect(conditions.length).toBeGreaterThanOrEqual(7)
    const blank: Record<string, string[]> = {}
    for (const condition of conditions) {
      const program = await programFor(condition.id, `Pat ${condition.name}`)
      for (const { name, paper, largePrint } of PRINTINGS) {
        const { pdf } = await makeHandoutPdf({
          payload,
          user: clinician,
          template: 'home-program',
          id: program.id,
          paper,
          largePrint,
        })
        blank[`${condition.name}, ${name}`] = await mostlyBlankPages(pdf)
      }
    }
    expect(blank).toEqual(Object.fromEntries(Object.keys(blank).map((key) => [key, []])))
  }, 600_000)

  it("leaves no page but the last more than 40% blank in the benchmarks' programs", async () => {
    const blank: Record<string, string[]> = {}
    const document = await homeProgram()
    for (const { name, paper, largePrint } of PRINTINGS) {
      const pdf = await renderPdf({ ...document, layout: { paper, largePrint } })
      blank[`bench:pdf, ${name}`] = await mostlyBlankPages(pdf)
    }
    const programs = await createPopulation(payload, 3)
    for (const [index, id] of programs.entries()) {
      for (const { name, paper, largePrint } of PRINTINGS) {
        const { pdf } = await makeHandoutPdf({
          payload,
          system: true,
          template: 'home-program',
          id,
          paper,
          largePrint,
        })
        blank[`bench:send program ${index + 1}, ${name}`] = await mostlyBlankPages(pdf)
      }
    }
    expect(blank).toEqual(Object.fromEntries(Object.keys(blank).map((key) => [key, []])))
  }, 600_000)
})

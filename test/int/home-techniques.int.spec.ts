import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload } from 'payload'

import { seed } from '../../seeds/seed'
import { makeHandoutPdf } from '../../src/handouts/make'
import { up as migrateHomeTechniques } from '../../src/migrations/20261202_070955_home_techniques_data'
import type { Routine, Technique } from '../../src/payload-types'
import { createStaff, relyingOnDefaults, uniqueName, type Staff } from '../helpers/fixtures'
import { api, logIn } from '../helpers/http'
import { contentData } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'
import { rejection } from '../helpers/rejection'
import { pdfText } from '../helpers/pdf'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let staff: Staff
let effleurage: Technique
let footRub: Technique
let server: Awaited<ReturnType<typeof startRestServer>>

const bySlug = async (slug: string) =>
  (
    await payload.find({
      collection: 'techniques',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
    })
  ).docs[0] as Technique

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload)
  staff = await createStaff(payload)
  effleurage = await bySlug('effleurage')
  footRub = await bySlug('foot-reflexology')
  server = await startRestServer()
}, 300_000)

afterAll(async () => {
  await server.stop()
  await stopPayload(payload)
})

/** The messages of a refused REST save. */
const restErrors = (json: Record<string, unknown>) =>
  (json.errors as Array<{ data?: { errors?: Array<{ path: string; message: string }> } }>)[0]?.data
    ?.errors ?? []

const homeRoutine = (techniqueId: number) => ({
  ...contentData('routines', techniqueId),
  purpose: 'daily-maintenance' as const,
  _status: 'published' as const,
})

const createPatient = (name: string) =>
  payload.create({
    collection: 'patients',
    data: relyingOnDefaults<'patients'>({ name, clinician: staff.clinician.id }),
  })

describe('a home routine', () => {
  it('refuses a therapist-applied technique with a message naming it, beside the field', async () => {
    const before = await payload.count({ collection: 'routines' })
    const { name, errors } = await rejection(() =>
      payload.create({
        collection: 'routines',
        data: {
          ...homeRoutine(footRub.id),
          items: [{ technique: footRub.id }, { technique: effleurage.id }],
        },
      }),
    )

    expect(name).toBe('ValidationError')
    expect(errors).toEqual([
      {
        path: 'items.1.technique',
        label: expect.anything(),
        message: expect.stringMatching(/"Effleurage" is applied by the therapist.*home routine/),
      },
    ])
    expect(await payload.count({ collection: 'routines' })).toEqual(before)
  })

  it('holds therapist-applied techniques when done in the clinic, and keeps its purpose there', async () => {
    const routine = await payload.create({
      collection: 'routines',
      data: { ...homeRoutine(effleurage.id), purpose: 'in-clinic' },
    })
    const { errors } = await rejection(() =>
      payload.update({ collection: 'routines', id: routine.id, data: { purpose: 'flare-up' } }),
    )

    expect(errors).toEqual([
      expect.objectContaining({
        path: 'items.0.technique',
        message: expect.stringMatching(/"Effleurage" is applied by the therapist/),
      }),
    ])
  })

  it('is refused over REST with a 400 naming the technique, never a 500', async () => {
    const session = await logIn(server.url, staff.editor.email)
    const { status, json } = await api(server.url, session, 'POST', '/routines', {
      ...homeRoutine(effleurage.id),
    })

    expect(status).toBe(400)
    expect(restErrors(json)).toEqual([
      expect.objectContaining({
        path: 'items.0.technique',
        message: expect.stringMatching(/"Effleurage" is applied by the therapist/),
      }),
    ])
  })
})

describe('a home program', () => {
  it('refuses a therapist-applied extra technique, or a routine done in the clinic, over REST with a 400 naming it', async () => {
    const session = await logIn(server.url, staff.clinician.email)
    const patient = await createPatient('Pat Program')
    const clinicRoutine = await payload.create({
      collection: 'routines',
      data: { ...homeRoutine(effleurage.id), name: 'Clinic session', purpose: 'in-clinic' },
    })
    const withTechnique = await api(server.url, session, 'POST', '/programs', {
      patient: patient.id,
      items: [{ technique: footRub.id }, { technique: effleurage.id, note: 'With oil.' }],
    })
    const withRoutine = await api(server.url, session, 'POST', '/programs', {
      patient: patient.id,
      routines: [clinicRoutine.id],
    })

    expect(withTechnique.status).toBe(400)
    expect(restErrors(withTechnique.json)).toEqual([
      expect.objectContaining({
        path: 'items.1.technique',
        message: expect.stringMatching(/"Effleurage" is applied by the therapist.*home program/),
      }),
    ])
    expect(withRoutine.status).toBe(400)
    expect(restErrors(withRoutine.json)).toEqual([
      expect.objectContaining({
        path: 'routines',
        message: expect.stringMatching(/"Clinic session" is done in the clinic/),
      }),
    ])
  })

  it('keeps therapist-applied techniques under "Done in the clinic", out of the home handout', async () => {
    const patient = await createPatient('Pat Clinic')
    const program = await payload.create({
      collection: 'programs',
      data: relyingOnDefaults<'programs'>({
        patient: patient.id,
        items: [{ technique: footRub.id }],
        clinicItems: [{ technique: effleurage.id, note: 'At each visit.' }],
      }),
    })
    const { pdf } = await makeHandoutPdf({
      payload,
      system: true,
      template: 'home-program',
      id: program.id,
    })
    const text = await pdfText(pdf)

    expect(text).toContain(footRub.name)
    expect(text).not.toContain('Effleurage')
  })
})

describe('the condition guide', () => {
  it('shows therapist-applied techniques under a heading saying they are done in the clinic', async () => {
    const { docs } = await payload.find({
      collection: 'conditions',
      where: { slug: { equals: 'osteoarthritis' } },
      depth: 0,
    })
    const { pdf } = await makeHandoutPdf({
      payload,
      system: true,
      template: 'condition-guide',
      id: docs[0].id,
    })
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ')
    const atHome = text.indexOf('Techniques you can do at home')
    const inClinic = text.indexOf('Done in the clinic by your therapist')

    expect(atHome).toBeGreaterThanOrEqual(0)
    expect(inClinic).toBeGreaterThan(atHome)
    expect(text.indexOf('Effleurage')).toBeGreaterThan(inClinic)
    expect(text.indexOf('Foot reflexology')).toBeGreaterThan(atHome)
    expect(text.indexOf('Foot reflexology')).toBeLessThan(inClinic)
  })
})

describe('the migration to home techniques', () => {
  /** What a database held before: a home routine and a program holding Effleurage. */
  const savedBefore = async () => {
    const home = await payload.create({
      collection: 'routines',
      data: {
        ...homeRoutine(footRub.id),
        name: uniqueName('Daily home routine'),
        items: [
          { technique: footRub.id, dosage: { durationMinutes: 3 } },
          { technique: footRub.id, dosage: { durationMinutes: 9 }, note: 'Oil on the back.' },
        ],
      },
    })
    const untouched = await payload.create({
      collection: 'routines',
      data: { ...homeRoutine(footRub.id), name: uniqueName('Untouched') },
    })
    const patient = await createPatient('Pat Before')
    const program = await payload.create({
      collection: 'programs',
      depth: 0,
      data: relyingOnDefaults<'programs'>({
        patient: patient.id,
        routines: [home.id, untouched.id],
        items: [
          { technique: footRub.id, note: 'Every evening.' },
          { technique: footRub.id, dosage: { durationMinutes: 20 }, note: 'Lie face down.' },
        ],
        status: 'active',
      }),
    })
    // Before home routines refused them, Effleurage could be saved in both.
    const { drizzle } = payload.db
    await drizzle.execute(sql`
      UPDATE "routines_items" SET "technique_id" = ${effleurage.id}
      WHERE "_parent_id" = ${home.id} AND "note" = 'Oil on the back.'`)
    await drizzle.execute(sql`
      UPDATE "_routines_v_version_items" SET "technique_id" = ${effleurage.id}
      WHERE "note" = 'Oil on the back.' AND "_parent_id" IN
        (SELECT "id" FROM "_routines_v" WHERE "parent_id" = ${home.id})`)
    await drizzle.execute(sql`
      UPDATE "programs_items" SET "technique_id" = ${effleurage.id}
      WHERE "_parent_id" = ${program.id} AND "note" = 'Lie face down.'`)
    return { home, untouched, program }
  }

  const migrate = async () =>
    migrateHomeTechniques({
      db: payload.db.drizzle as never,
      payload,
      req: await createLocalReq({}, payload),
    })

  it('makes the home routine an in-clinic one and moves what the program gave, losing nothing', async () => {
    const { home, untouched, program } = await savedBefore()
    await migrate()
    await migrate()

    const routine = await payload.findByID({ collection: 'routines', id: home.id, depth: 0 })
    expect(routine.purpose).toBe('in-clinic')
    expect(routine.items.map((item) => [item.technique, item.note ?? null])).toEqual([
      [footRub.id, null],
      [effleurage.id, 'Oil on the back.'],
    ])
    const { docs: versions } = await payload.findVersions({
      collection: 'routines',
      where: { parent: { equals: home.id } },
      depth: 0,
    })
    expect(versions.map((version) => (version.version as Routine).purpose)).toEqual(
      versions.map(() => 'in-clinic'),
    )
    expect(
      (await payload.findByID({ collection: 'routines', id: untouched.id, depth: 0 })).purpose,
    ).toBe('daily-maintenance')

    const after = await payload.findByID({ collection: 'programs', id: program.id, depth: 0 })
    const rows = (items: typeof after.items) =>
      (items ?? []).map((item) => ({
        technique: item.technique,
        minutes: item.dosage?.durationMinutes ?? null,
        note: item.note ?? null,
      }))
    expect(after.routines).toEqual([untouched.id])
    expect(rows(after.items)).toEqual([
      { technique: footRub.id, minutes: null, note: 'Every evening.' },
      { technique: footRub.id, minutes: 3, note: null },
    ])
    expect(rows(after.clinicItems)).toEqual([
      { technique: effleurage.id, minutes: 20, note: 'Lie face down.' },
      { technique: effleurage.id, minutes: 9, note: 'Oil on the back.' },
    ])
    expect(after.status).toBe('active')

    // Both save again as they are, and the program's handout is home techniques only.
    await payload.update({ collection: 'programs', id: program.id, data: { status: 'ready' } })
    await payload.update({ collection: 'routines', id: home.id, data: { summary: 'Edited.' } })
    const { pdf } = await makeHandoutPdf({
      payload,
      system: true,
      template: 'home-program',
      id: program.id,
    })
    const text = await pdfText(pdf)
    expect(text).toContain('Every evening.')
    expect(text).not.toContain('Effleurage')
  })
})

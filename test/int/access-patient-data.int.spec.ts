import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import {
  actors,
  createStaff,
  relyingOnDefaults,
  userFor,
  type Actor,
  type Staff,
} from '../helpers/fixtures'
import { createPatientRecords } from '../helpers/clinical'
import { outcomeOf, type Outcome } from '../helpers/outcome'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
let staff: Staff
let mine: Awaited<ReturnType<typeof createPatientRecords>>
let theirs: Awaited<ReturnType<typeof createPatientRecords>>

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
  mine = await createPatientRecords(payload, staff.clinician)
  theirs = await createPatientRecords(payload, staff.otherClinician)
})
afterAll(async () => {
  await stopPayload(payload)
})

const as = (actor: Actor) => ({ overrideAccess: false, user: userFor(staff, actor) })

/** What each actor gets when touching the first clinician's record. */
const onClinicianRecord: Record<Actor, Outcome> = {
  anonymous: 'forbidden',
  editor: 'forbidden',
  clinician: 'allowed',
  otherClinician: 'not found',
  admin: 'allowed',
}
const writeClinicianRecord: Record<Actor, Outcome> = {
  ...onClinicianRecord,
  otherClinician: 'forbidden',
}

describe.each(['patients', 'programs', 'deliveries'] as const)('%s', (collection) => {
  const recordOf = (records: typeof mine) =>
    records[collection.slice(0, -1).replace('deliverie', 'delivery') as 'patient']

  it.each(actors)('%s lists only the records their role allows', async (actor) => {
    const listed = await outcomeOf(() => payload.find({ collection, ...as(actor), limit: 1000 }))
    if (actor === 'anonymous' || actor === 'editor') {
      expect(listed).toBe('forbidden')
      return
    }
    const { docs } = await payload.find({ collection, ...as(actor), limit: 1000 })
    const ids = docs.map((doc) => doc.id)
    expect(ids.includes(recordOf(mine).id)).toBe(actor !== 'otherClinician')
    expect(ids.includes(recordOf(theirs).id)).toBe(actor !== 'clinician')
    if (actor !== 'admin') {
      const owner = staff[actor].id
      expect(docs.every((doc) => (doc.clinician as { id: number }).id === owner)).toBe(true)
    }
  })

  it.each(actors)("%s opens the first clinician's record only if allowed", async (actor) => {
    expect(
      await outcomeOf(() => payload.findByID({ collection, id: recordOf(mine).id, ...as(actor) })),
    ).toBe(onClinicianRecord[actor])
  })
})

describe.each(['patients', 'programs'] as const)('%s changes', (collection) => {
  it.each(actors)('%s creates, edits and deletes only what their role allows', async (actor) => {
    const fresh = await createPatientRecords(payload, staff.clinician)
    const data =
      collection === 'patients'
        ? relyingOnDefaults<'patients'>({ name: 'New Patient', clinician: staff.clinician.id })
        : relyingOnDefaults<'programs'>({
            patient: fresh.patient.id,
            clinician: staff.clinician.id,
          })
    expect(
      await outcomeOf(() => payload.create({ collection, data: data as never, ...as(actor) })),
    ).toBe(writeClinicianRecord[actor])
    const record = collection === 'patients' ? fresh.patient : fresh.program
    const edit = collection === 'patients' ? { name: 'Renamed' } : { status: 'active' as const }
    expect(
      await outcomeOf(() =>
        payload.update({ collection, id: record.id, data: edit, ...as(actor) }),
      ),
    ).toBe(writeClinicianRecord[actor])
    await payload.delete({ collection: 'deliveries', id: fresh.delivery.id })
    if (collection === 'patients') {
      await payload.delete({ collection: 'programs', id: fresh.program.id })
    }
    expect(await outcomeOf(() => payload.delete({ collection, id: record.id, ...as(actor) }))).toBe(
      writeClinicianRecord[actor],
    )
  })
})

describe('deliveries', () => {
  it.each(actors)(
    '%s can never create, edit or delete one: only the server writes them',
    async (actor) => {
      const { delivery, program, patient } = mine
      const data = relyingOnDefaults<'deliveries'>({
        program: program.id,
        patient: patient.id,
        clinician: staff.clinician.id,
        channel: 'pdf' as const,
        template: 'home-program' as const,
        idempotencyKey: `forged-${actor}`,
      })
      expect(
        await outcomeOf(() => payload.create({ collection: 'deliveries', data, ...as(actor) })),
      ).toBe('forbidden')
      expect(
        await outcomeOf(() =>
          payload.update({
            collection: 'deliveries',
            id: delivery.id,
            data: { status: 'failed' },
            ...as(actor),
          }),
        ),
      ).toBe('forbidden')
      expect(
        await outcomeOf(() =>
          payload.delete({ collection: 'deliveries', id: delivery.id, ...as(actor) }),
        ),
      ).toBe('forbidden')
    },
  )
})

describe('a clinician', () => {
  it('cannot create a patient for another clinician', async () => {
    expect(
      await outcomeOf(() =>
        payload.create({
          collection: 'patients',
          data: relyingOnDefaults<'patients'>({
            name: 'Smuggled',
            clinician: staff.otherClinician.id,
          }),
          ...as('clinician'),
        }),
      ),
    ).toBe('forbidden')
  })

  it("cannot attach another clinician's patient to their program", async () => {
    await expect(
      payload.create({
        collection: 'programs',
        data: relyingOnDefaults<'programs'>({ patient: theirs.patient.id }),
        ...as('clinician'),
      }),
    ).rejects.toThrow(/patient/i)
  })

  it('cannot hand their patient to another clinician', async () => {
    const updated = await payload.update({
      collection: 'patients',
      id: mine.patient.id,
      data: { clinician: staff.otherClinician.id },
      ...as('clinician'),
    })
    expect((updated.clinician as { id: number }).id).toBe(staff.clinician.id)
  })

  it('gets the new patient as their own without naming a clinician', async () => {
    const patient = await payload.create({
      collection: 'patients',
      data: relyingOnDefaults<'patients'>({ name: 'Default Owner' }),
      ...as('clinician'),
    })
    expect((patient.clinician as { id: number }).id).toBe(staff.clinician.id)
  })
})

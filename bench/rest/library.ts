import type { Payload } from 'payload'

import { growLibrary } from '../../fuzz/prepare'
import { seed } from '../../seeds/seed'

export type RestBenchData = {
  clinician: { email: string; password: string }
  programId: number
  routineId: number
}

/**
 * The outside check's library: the seeded content grown to 1,000 techniques and 200 routines,
 * and 200 patients of one clinician (fewer of each for CI's short run) with a program each (made from the seeded conditions and
 * routines). Made once per database: a second run finds it and only resets the password.
 */
export const prepareRestBench = async (
  payload: Payload,
  { techniques = 1_000, routines: routineCount = 200, patients = 200 } = {},
): Promise<RestBenchData> => {
  await seed(payload)
  await growLibrary(payload, { techniques, routines: routineCount })
  const email = 'bench-rest-clinician@bench.clinic.test'
  const password = `quiet-harbour-lantern-${Date.now().toString(36)}`
  const existing = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
  })
  const clinician = existing.docs[0]
    ? await payload.update({
        collection: 'users',
        id: existing.docs[0].id,
        data: { password, role: 'clinician' },
      })
    : await payload.create({
        collection: 'users',
        data: { email, password, name: 'Dr Bench Rest', role: 'clinician' },
      })
  if (clinician.role !== 'clinician') {
    await payload.update({ collection: 'users', id: clinician.id, data: { role: 'clinician' } })
  }
  const [{ docs: conditions }, { docs: routines }] = await Promise.all([
    payload.find({ collection: 'conditions', limit: 10, depth: 0 }),
    payload.find({ collection: 'routines', limit: 10, depth: 0, sort: 'id' }),
  ])
  const { totalDocs: made } = await payload.count({
    collection: 'programs',
    where: { clinician: { equals: clinician.id } },
  })
  for (let index = made; index < patients; index++) {
    const patient = await payload.create({
      collection: 'patients',
      data: {
        name: `Bench Patient ${index + 1}`,
        email: `bench.patient.${index + 1}@bench.clinic.test`,
        emailConsent: true,
        preferredLanguage: 'en',
        clinician: clinician.id,
      },
    })
    await payload.create({
      collection: 'programs',
      data: {
        patient: patient.id,
        clinician: clinician.id,
        conditions: [conditions[index % conditions.length].id],
        routines: [
          routines[index % routines.length].id,
          routines[(index + 1) % routines.length].id,
        ],
        status: 'ready',
        startDate: new Date().toISOString(),
        template: 'home-program',
      },
    })
  }
  const { docs: programs } = await payload.find({
    collection: 'programs',
    where: { clinician: { equals: clinician.id } },
    limit: 1,
    depth: 0,
  })
  return {
    clinician: { email, password },
    programId: programs[0].id,
    routineId: routines[0].id,
  }
}

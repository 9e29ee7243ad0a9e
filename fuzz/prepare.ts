import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { libraryCollections } from '../src/libraryCollections'
import { copyOf } from './copyOf'

/** Staff the suite acts as; their password is new each run, their emails stable. */
export type FuzzStaff = { editor: string; clinician: string; password: string }

const system = { overrideAccess: true, context: { seeding: true } } as const

const ensureUser = async (payload: Payload, role: 'editor' | 'clinician', password: string) => {
  const email = `fuzz-${role}@fuzz.clinic.test`
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  })
  const data = { email, password, name: `Fuzz ${role}`, role }
  const existing = docs[0] ?? (await payload.create({ collection: 'users', data, ...system }))
  // Saved again even when just made: the very first account is made an admin on creation.
  return payload.update({ collection: 'users', id: existing.id, data, ...system })
}

/** Copies of the seeded techniques and routines until the library holds `techniques` and `routines`. */
export const growLibrary = async (
  payload: Payload,
  { techniques, routines }: { techniques: number; routines: number },
) => {
  const grow = async (collection: 'techniques' | 'routines', target: number) => {
    const { docs, totalDocs } = await payload.find({
      collection,
      limit: 50,
      depth: 0,
      draft: false,
    })
    for (let index = totalDocs; index < target && docs.length > 0; index++) {
      const data = copyOf(docs[index % docs.length]) as Record<string, unknown>
      await payload.create({
        collection,
        data: { ...data, name: `${String(data.name)} ${index + 1}` } as never,
        ...system,
      })
    }
  }
  await grow('techniques', techniques)
  await grow('routines', routines)
}

/**
 * What the suite needs besides the library: an editor and a clinician to act as, a patient and
 * a program of that clinician's, and the ids of one existing record per collection.
 */
export const prepareFuzz = async (payload: Payload) => {
  const password = randomBytes(12).toString('hex')
  await ensureUser(payload, 'editor', password)
  const clinician = await ensureUser(payload, 'clinician', password)
  const patient =
    (
      await payload.find({
        collection: 'patients',
        where: { clinician: { equals: clinician.id } },
        limit: 1,
      })
    ).docs[0] ??
    (await payload.create({
      collection: 'patients',
      data: {
        name: 'Fuzz Patient',
        email: 'fuzz.patient@fuzz.clinic.test',
        emailConsent: true,
        preferredLanguage: 'en',
        clinician: clinician.id,
      },
      ...system,
    }))
  const program =
    (
      await payload.find({
        collection: 'programs',
        where: { patient: { equals: patient.id } },
        limit: 1,
      })
    ).docs[0] ??
    (await payload.create({
      collection: 'programs',
      data: {
        patient: patient.id,
        clinician: clinician.id,
        status: 'ready',
        startDate: new Date().toISOString(),
        template: 'home-program',
      },
      ...system,
    }))
  const ids: Record<string, number> = {
    patients: patient.id,
    programs: program.id,
    users: clinician.id,
  }
  // A real document of each library collection (and a delivery) for requests to aim at.
  for (const slug of [
    ...libraryCollections.map((collection) => collection.slug),
    'deliveries',
  ] as const) {
    const { docs } = await payload.find({ collection: slug, limit: 1, depth: 0, select: {} })
    ids[slug] = docs[0]?.id ?? 1
  }
  const staff: FuzzStaff = {
    editor: 'fuzz-editor@fuzz.clinic.test',
    clinician: 'fuzz-clinician@fuzz.clinic.test',
    password,
  }
  return { staff, ids }
}

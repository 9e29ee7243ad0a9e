import type { CollectionSlug, RequiredDataFromCollectionSlug } from 'payload'
import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import type { Role } from '../../collections/vocabularies'

export type Actor = 'anonymous' | 'editor' | 'clinician' | 'otherClinician' | 'admin'
export const actors: Actor[] = ['anonymous', 'editor', 'clinician', 'otherClinician', 'admin']

export type Staff = Record<Exclude<Actor, 'anonymous'>, User>

/**
 * What each actor gets asking for the clinician's program, as Payload answers it: visitors and
 * editors may not read programs at all (403), another clinician's filtered list has no such
 * program (404).
 */
export const programReadStatus: Record<Actor, number> = {
  anonymous: 403,
  editor: 403,
  clinician: 200,
  otherClinician: 404,
  admin: 200,
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`

export const PASSWORD = 'correct-horse-battery-staple'

export const createUser = (payload: Payload, role: Role, name: string) =>
  payload.create({
    collection: 'users',
    data: { name, role, email: `${role}-${unique()}@clinic.test`, password: PASSWORD },
  })

/** One staff member of each role, plus a second clinician whose records the first must not see. */
export const createStaff = async (payload: Payload): Promise<Staff> => ({
  admin: await createUser(payload, 'admin', 'Ada Admin'),
  editor: await createUser(payload, 'editor', 'Eddie Editor'),
  clinician: await createUser(payload, 'clinician', 'Dr Clara Clinician'),
  otherClinician: await createUser(payload, 'clinician', 'Dr Otto Other'),
})

export const userFor = (staff: Staff, actor: Actor) =>
  actor === 'anonymous' ? undefined : staff[actor]

export const uniqueName = (prefix: string) => `${prefix} ${unique()}`

/** Data that leaves out fields Payload fills from their `defaultValue` (typed as required). */
export const relyingOnDefaults = <S extends CollectionSlug>(
  data: Partial<RequiredDataFromCollectionSlug<S>>,
) => data as RequiredDataFromCollectionSlug<S>

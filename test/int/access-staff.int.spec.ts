import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { actors, createStaff, PASSWORD, userFor, type Actor, type Staff } from '../helpers/fixtures'
import { outcomeOf, type Outcome } from '../helpers/outcome'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
let staff: Staff

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
})
afterAll(async () => {
  await stopPayload(payload)
})

const as = (actor: Actor) => ({ overrideAccess: false, user: userFor(staff, actor) })
const adminOnly = (actor: Actor): Outcome => (actor === 'admin' ? 'allowed' : 'forbidden')

describe('staff accounts', () => {
  it.each(actors)(
    '%s lists all staff only as an admin, otherwise only themselves',
    async (actor) => {
      if (actor === 'anonymous') {
        expect(await outcomeOf(() => payload.find({ collection: 'users', ...as(actor) }))).toBe(
          'forbidden',
        )
        return
      }
      const { docs } = await payload.find({ collection: 'users', ...as(actor), limit: 1000 })
      if (actor === 'admin') {
        expect(docs.map((doc) => doc.id)).toEqual(
          expect.arrayContaining(Object.values(staff).map((user) => user.id)),
        )
      } else {
        expect(docs.map((doc) => doc.id)).toEqual([staff[actor].id])
      }
    },
  )

  it.each(actors)('%s creates and deletes accounts only as an admin', async (actor) => {
    const data = {
      name: 'New Hire',
      email: `new-${actor}@clinic.test`,
      password: PASSWORD,
      role: 'editor' as const,
    }
    expect(await outcomeOf(() => payload.create({ collection: 'users', data, ...as(actor) }))).toBe(
      adminOnly(actor),
    )
    const victim = await payload.create({
      collection: 'users',
      data: { ...data, email: `victim-${actor}@clinic.test` },
    })
    expect(
      await outcomeOf(() => payload.delete({ collection: 'users', id: victim.id, ...as(actor) })),
    ).toBe(adminOnly(actor))
  })

  it.each(actors)("%s edits another member's account only as an admin", async (actor) => {
    const someoneElse = actor === 'editor' ? staff.clinician : staff.editor
    expect(
      await outcomeOf(() =>
        payload.update({
          collection: 'users',
          id: someoneElse.id,
          data: { name: 'Renamed' },
          ...as(actor),
        }),
      ),
    ).toBe(adminOnly(actor))
  })

  it.each(['editor', 'clinician'] as const)(
    'a %s cannot make themselves an admin',
    async (actor) => {
      const updated = await payload.update({
        collection: 'users',
        id: staff[actor].id,
        data: { name: 'Still Me', role: 'admin' },
        ...as(actor),
      })
      expect(updated.name).toBe('Still Me')
      expect(updated.role).toBe(actor)
    },
  )

  it('an admin changes a role', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { name: 'Promoted', email: 'promoted@clinic.test', password: PASSWORD, role: 'editor' },
    })
    const updated = await payload.update({
      collection: 'users',
      id: user.id,
      data: { role: 'clinician' },
      ...as('admin'),
    })
    expect(updated.role).toBe('clinician')
  })
})

describe('clinic settings', () => {
  it.each(actors)('%s reads them; only an admin changes them', async (actor) => {
    expect(
      await outcomeOf(() => payload.findGlobal({ slug: 'clinic-settings', ...as(actor) })),
    ).toBe('allowed')
    expect(
      await outcomeOf(() =>
        payload.updateGlobal({
          slug: 'clinic-settings',
          data: { name: `Clinic edited by ${actor}` },
          ...as(actor),
        }),
      ),
    ).toBe(adminOnly(actor))
  })
})

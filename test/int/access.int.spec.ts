import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { startPayload, stopPayload } from '../helpers/payload'
import { actors, createStaff, userFor, type Actor, type Staff } from '../helpers/fixtures'
import { contentData, createImage, createLibrary } from '../helpers/library'
import { outcomeOf, type Outcome } from '../helpers/outcome'

let payload: Payload
let staff: Staff
let published: Awaited<ReturnType<typeof createLibrary>>
let drafts: Awaited<ReturnType<typeof createLibrary>>
let image: Awaited<ReturnType<typeof createImage>>

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
  published = await createLibrary(payload, 'published')
  drafts = await createLibrary(payload, 'draft')
  image = await createImage(payload)
})
afterAll(async () => {
  await stopPayload(payload)
})

const as = (actor: Actor) => ({ overrideAccess: false, user: userFor(staff, actor) })

const contentWriters: Record<Actor, Outcome> = {
  anonymous: 'forbidden',
  editor: 'allowed',
  clinician: 'forbidden',
  otherClinician: 'forbidden',
  admin: 'allowed',
}

describe.each(['conditions', 'techniques', 'routines', 'resources'] as const)(
  'the %s library',
  (collection) => {
    it.each(actors)('%s reads published documents; only staff see drafts', async (actor) => {
      const { docs } = await payload.find({ collection, ...as(actor), draft: false, limit: 500 })
      const ids = docs.map((doc) => doc.id)
      expect(ids).toContain(published[collection.slice(0, -1) as 'condition'].id)
      const draftId = drafts[collection.slice(0, -1) as 'condition'].id
      if (actor === 'anonymous') {
        expect(ids).not.toContain(draftId)
        expect(
          await outcomeOf(() => payload.findByID({ collection, id: draftId, ...as(actor) })),
        ).toBe('not found')
      } else {
        expect(ids).toContain(draftId)
      }
    })

    it.each(actors)('%s may create, edit and delete only as an editor or admin', async (actor) => {
      const data = { ...contentData(collection, published.technique.id), _status: 'published' }
      expect(
        await outcomeOf(() => payload.create({ collection, data: data as never, ...as(actor) })),
      ).toBe(contentWriters[actor])
      const target = await payload.create({
        collection,
        data: { ...contentData(collection, published.technique.id), _status: 'published' } as never,
      })
      expect(
        await outcomeOf(() =>
          payload.update({ collection, id: target.id, data: { summary: 'Edited.' }, ...as(actor) }),
        ),
      ).toBe(contentWriters[actor])
      expect(
        await outcomeOf(() => payload.delete({ collection, id: target.id, ...as(actor) })),
      ).toBe(contentWriters[actor])
    })
  },
)

describe.each(['tools', 'media'] as const)('%s', (collection) => {
  it.each(actors)('%s reads them; only editors and admins change them', async (actor) => {
    const id = collection === 'tools' ? published.tool.id : image.id
    const data = collection === 'tools' ? { summary: 'Edited.' } : { alt: 'A calf on a roller' }
    expect(await outcomeOf(() => payload.find({ collection, ...as(actor) }))).toBe('allowed')
    expect(await outcomeOf(() => payload.findByID({ collection, id, ...as(actor) }))).toBe(
      'allowed',
    )
    expect(await outcomeOf(() => payload.update({ collection, id, data, ...as(actor) }))).toBe(
      contentWriters[actor],
    )
  })
})

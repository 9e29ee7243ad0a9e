import { describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { usesEmbeddedDatabase } from '../../src/db/embedded'
import { useSeededClinic } from '../helpers/clinicSettings'
import { uniqueName } from '../helpers/fixtures'
import type { Session } from '../helpers/http'
import { contentData } from '../helpers/library'
import { pdfText } from '../helpers/pdf'
import { useRestServerWorld } from '../helpers/restServerWorld'

const world = useRestServerWorld('editor')

const read = async (path: string, session: Session = {}) => {
  const response = await fetch(`${world.server.url}/api${path}`, {
    headers: session.token ? { authorization: `JWT ${session.token}` } : {},
  })
  return {
    status: response.status,
    cache: response.headers.get('x-visitor-cache'),
    body: Buffer.from(await response.arrayBuffer()),
  }
}
const json = (answer: { body: Buffer }) =>
  JSON.parse(answer.body.toString()) as Record<string, unknown> & { docs?: unknown[] }

const publishTechnique = () =>
  world.payload.create({
    collection: 'techniques',
    data: { ...contentData('techniques'), _status: 'published' },
  })

describe("a visitor's read of the library", () => {
  it('is answered again from memory until the library changes, and shows a change at once', async () => {
    const technique = await publishTechnique()
    const address = `/techniques/${technique.id}?depth=0`
    const first = await read(address)
    const again = await read(address)
    expect([first.status, first.cache, again.status, again.cache]).toEqual([
      200,
      'miss',
      200,
      'hit',
    ])
    expect(again.body.equals(first.body)).toBe(true)

    await world.payload.update({
      collection: 'techniques',
      id: technique.id,
      data: { name: 'Calf roll, slower' },
    })
    const changed = await read(address)
    expect(changed.cache).toBe('miss')
    expect(json(changed).name).toBe('Calf roll, slower')
  })

  it('shows a change to what a document brings with it (the technique inside a routine)', async () => {
    const technique = await publishTechnique()
    const routine = await world.payload.create({
      collection: 'routines',
      data: { ...contentData('routines', technique.id), _status: 'published' },
    })
    const address = `/routines?where[id][equals]=${routine.id}&depth=2`
    await read(address)
    expect((await read(address)).cache).toBe('hit')

    const renamed = uniqueName('Heel raise')
    await world.payload.update({
      collection: 'techniques',
      id: technique.id,
      data: { name: renamed },
    })
    const after = await read(address)
    expect(after.body.toString()).toContain(renamed)
  })

  it('does not find a deleted document, and keeps no refusal', async () => {
    const technique = await publishTechnique()
    const address = `/techniques/${technique.id}?depth=0`
    await read(address)
    await world.payload.delete({ collection: 'techniques', id: technique.id })
    const gone = [await read(address), await read(address)]
    expect(gone.map(({ status, cache }) => [status, cache])).toEqual([
      [404, 'miss'],
      [404, 'miss'],
    ])
  })

  it("prints a handout with the clinic's settings of the moment", async () => {
    await useSeededClinic(world.payload)
    const technique = await publishTechnique()
    const address = `/techniques/${technique.id}/handout.pdf`
    const before = await read(address)
    expect(before.status).toBe(200)
    expect((await read(address)).cache).toBe('hit')

    const renamed = uniqueName('Harbour Massage Clinic')
    await world.payload.updateGlobal({ slug: 'clinic-settings', data: { name: renamed } })
    const after = await read(address)
    expect(after.cache).toBe('miss')
    expect(await pdfText(after.body)).toContain(renamed)
    await useSeededClinic(world.payload)
  })

  it('is never what staff get, and staff reads are never kept for visitors', async () => {
    const draft = await world.payload.create({
      collection: 'techniques',
      data: { ...contentData('techniques'), _status: 'draft' },
    })
    const address = `/techniques?where[id][equals]=${draft.id}&draft=true&depth=0`
    const staffFirst = await read(address, world.session)
    const visitor = [await read(address), await read(address)]
    const staffAgain = await read(address, world.session)

    expect([staffFirst.cache, staffAgain.cache]).toEqual([null, null])
    expect([json(staffFirst).docs, json(staffAgain).docs].map((docs) => docs?.length)).toEqual([
      1, 1,
    ])
    expect(visitor.map((answer) => [answer.cache, json(answer).docs?.length])).toEqual([
      ['miss', 0],
      ['hit', 0],
    ])
  })

  it("is not kept for a visitor's request that the guard refuses", async () => {
    const refused = await read('/techniques?depth=100')
    expect([refused.status, refused.cache]).toEqual([400, null])
  })
})

// The embedded database runs without transactions: a change there is seen when it is written.
const onPostgres = usesEmbeddedDatabase() ? describe.skip : describe

onPostgres('a change saved in a transaction', () => {
  it('is counted when it commits: visitors see the old document until then, the new one after', async () => {
    const technique = await publishTechnique()
    const address = `/techniques/${technique.id}?depth=0`
    await read(address)

    const transactionID = await world.payload.db.beginTransaction()
    const req = await createLocalReq({ user: world.staff.editor }, world.payload)
    req.transactionID = transactionID as string
    await world.payload.update({
      collection: 'techniques',
      id: technique.id,
      data: { name: 'Saved, not yet committed' },
      req,
    })
    const during = await read(address)
    await world.payload.db.commitTransaction(transactionID as string)
    const after = await read(address)

    expect(json(during).name).toBe(technique.name)
    expect([after.cache, json(after).name]).toEqual(['miss', 'Saved, not yet committed'])
  })
})

import { describe, expect, it } from '@jest/globals'

import { contentData } from '../helpers/library'
import { pdfText } from '../helpers/pdf'
import { useRestServerWorld } from '../helpers/restServerWorld'

const world = useRestServerWorld('editor')

const read = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${world.server.url}/api${path}`, { headers })
  return {
    status: response.status,
    cache: response.headers.get('x-visitor-cache'),
    body: Buffer.from(await response.arrayBuffer()),
  }
}
const docsIn = (answer: { body: Buffer }) =>
  (JSON.parse(answer.body.toString()) as { docs: unknown[] }).docs.length

const draftTechnique = () =>
  world.payload.create({
    collection: 'techniques',
    data: { ...contentData('techniques'), _status: 'draft' },
  })
const publishedTechnique = () =>
  world.payload.create({
    collection: 'techniques',
    data: { ...contentData('techniques'), _status: 'published' },
  })

describe('a session cookie however Payload reads it', () => {
  // Payload trims a cookie's name: `payload-token =<token>` signs the editor in.
  const spaced = () => ({ cookie: `theme=dark; payload-token =${world.session.token}` })

  it('is never answered from the visitor cache', async () => {
    const draft = await draftTechnique()
    const address = `/techniques?where[id][equals]=${draft.id}&draft=true&depth=0`
    const visitor = await read(address)
    const staffMember = await read(address, spaced())
    expect([visitor.cache, docsIn(visitor)]).toEqual(['miss', 0])
    expect([staffMember.cache, docsIn(staffMember)]).toEqual([null, 1])
  })

  it("is never kept for visitors: a visitor never sees the staff member's drafts", async () => {
    const draft = await draftTechnique()
    const address = `/techniques?where[id][equals]=${draft.id}&draft=true&depth=0`
    const staffMember = await read(address, spaced())
    const visitors = [await read(address), await read(address)]
    expect(docsIn(staffMember)).toBe(1)
    expect(visitors.map(docsIn)).toEqual([0, 0])
  })

  it('nor is an API key or any other Authorization header', async () => {
    const technique = await publishedTechnique()
    const address = `/techniques/${technique.id}?depth=0`
    await read(address)
    const withKey = await read(address, { authorization: 'users API-Key not-a-real-key' })
    expect(withKey.cache).toBeNull()
  })
})

describe('query parameters a read does not use', () => {
  it('are left out of the key: a random one does not make a read a miss', async () => {
    const technique = await publishedTechnique()
    const first = await read(`/techniques/${technique.id}?depth=0&n=1`)
    const second = await read(`/techniques/${technique.id}?depth=0&n=${Math.random()}`)
    const third = await read(`/techniques/${technique.id}?utm_source=mail&depth=0`)
    expect([first.cache, second.cache, third.cache]).toEqual(['miss', 'hit', 'hit'])
    expect(second.body.equals(first.body)).toBe(true)
  })

  it("do not make an anonymous visitor's handout render again", async () => {
    const technique = await publishedTechnique()
    const base = `/techniques/${technique.id}/handout.pdf`
    const first = await read(`${base}?n=1`)
    const again = [
      await read(`${base}?n=${Math.random()}`),
      await read(`${base}?paper=A4&n=3`),
      await read(`${base}?paper=a4`),
    ]
    expect([first.status, first.cache]).toEqual([200, 'miss'])
    expect(again.map(({ status }) => status)).toEqual([200, 200, 200])
    expect(again[0].cache).toBe('hit')
    expect(again[2].cache).toBe('hit')
    expect(await pdfText(again[0].body)).toContain(technique.name)
  })

  it('still change the answer when Payload reads them', async () => {
    const technique = await publishedTechnique()
    const full = await read(`/techniques?where[id][equals]=${technique.id}&n=1`)
    const selected = await read(
      `/techniques?where[id][equals]=${technique.id}&select[name]=true&n=2`,
    )
    expect([full.cache, selected.cache]).toEqual(['miss', 'miss'])
    const doc = (JSON.parse(selected.body.toString()) as { docs: Record<string, unknown>[] })
      .docs[0]
    expect(Object.keys(doc).sort()).toEqual(['id', 'name'])
  })
})

describe("the visitor cache's keys", () => {
  it('are not kept when an address is longer than 4 KB', async () => {
    const technique = await publishedTechnique()
    const conditions = Array.from(
      { length: 6 },
      (_, index) => `where[and][${index}][name][not_equals]=${'x'.repeat(900)}${index}`,
    ).join('&')
    const address = `/techniques?where[and][6][id][equals]=${technique.id}&${conditions}`
    const answers = [await read(address), await read(address)]
    expect(answers.map(({ status }) => status)).toEqual([200, 200])
    expect(answers.map(({ cache }) => cache)).toEqual([null, null])
  })
})

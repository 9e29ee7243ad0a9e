import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { copyOf } from '../../fuzz/copyOf'
import { nestedValue, toJson } from '../../fuzz/poisons'
import { richText } from '../../fuzz/stallRequests'
import type { Technique, User } from '../../src/payload-types'
import { seed } from '../../seeds/seed'
import { createPatientRecords } from '../helpers/clinical'
import { createStaff, uniqueName } from '../helpers/fixtures'
import { api, logIn, type Session } from '../helpers/http'
import { startPayload, stopPayload } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import { renderThreadStats } from '../../src/handouts/render/renderPool'
import { startRestServer } from '../helpers/restServer'
import { usesEmbeddedDatabase } from '../../src/db/embedded'

/**
 * The four kinds of request that once stalled the whole server. Each must be answered (a save or
 * a handout of 1 MB, a refusal for the rest) while other users' requests keep being answered.
 */
let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let editor: Session
let clinician: Session
let clinicianUser: User
let target: Technique

const MEGABYTE = 1_000_000
const singleToken = 'pneumonoultramicroscopic'.repeat(MEGABYTE / 24 + 1).slice(0, MEGABYTE)
const ordinaryText = 'Roll your shoulders slowly backwards and breathe out. '
  .repeat(MEGABYTE / 54 + 1)
  .slice(0, MEGABYTE)

/** Runs `work` while another signed-in user asks `GET /api/users/me` again and again. */
const whileOthersAsk = async <T>(work: Promise<T>) => {
  let finished = false
  const answered: number[] = []
  const others = (async () => {
    while (!finished) {
      const { status } = await api(server.url, clinician, 'GET', '/users/me')
      if (!finished) {
        answered.push(status)
      }
    }
  })()
  const result = await work.finally(() => {
    finished = true
  })
  await others
  return { result, answeredMeanwhile: answered }
}

/** How many documents are nested one inside another (a populated relationship adds one). */
const documentNesting = (value: unknown): number => {
  if (Array.isArray(value)) {
    return Math.max(0, ...value.map(documentNesting))
  }
  if (value === null || typeof value !== 'object') {
    return 0
  }
  const record = value as Record<string, unknown>
  const below = Math.max(0, ...Object.values(record).map(documentNesting))
  // Documents have whole-number ids; the rows of a list field have text ids.
  return below + (typeof record.id === 'number' ? 1 : 0)
}

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload)
  const staff = await createStaff(payload)
  clinicianUser = staff.clinician
  server = await startRestServer()
  editor = await logIn(server.url, staff.editor.email)
  clinician = await logIn(server.url, staff.clinician.email)
  const { docs } = await payload.find({ collection: 'techniques', limit: 1, depth: 0 })
  target = await payload.create({
    collection: 'techniques',
    data: { ...(copyOf(docs[0]) as object), name: uniqueName('Stall target') } as never,
  })
}, 120_000)

afterAll(async () => {
  await server?.stop()
  await stopPayload(payload)
})

// PGlite's wire server (pglite-socket, the embedded database) answers a 1 MB bind message with a
// protocol error (08P01), which the API turns into a 400: the 1 MB saves run on PostgreSQL.
const onPostgreSQL = (() => {
  if (!usesEmbeddedDatabase()) {
    return describe
  }
  console.warn(
    'Skipping "a text of 1 MB": the embedded database cannot take a 1 MB value over its wire server; .ci/run runs it on PostgreSQL.',
  )
  return describe.skip
})()

onPostgreSQL('a text of 1 MB', () => {
  it.each([
    ['one single 1 MB word', singleToken],
    ['1 MB of ordinary sentences', ordinaryText],
  ])(
    'saves with a reading level (%s) while other users are answered',
    async (_, text) => {
      const { result, answeredMeanwhile } = await whileOthersAsk(
        api(server.url, editor, 'PATCH', `/techniques/${target.id}`, { body: richText(text) }),
      )
      expect(result.status).toBe(200)
      const saved = (result.json as { doc: Technique }).doc
      expect(typeof saved.readingLevel).toBe('number')
      expect(answeredMeanwhile.length).toBeGreaterThan(0)
      expect(new Set(answeredMeanwhile)).toEqual(new Set([200]))
    },
    120_000,
  )

  it('prints as a handout whose long word is shortened, while other users are answered', async () => {
    await api(server.url, editor, 'PATCH', `/techniques/${target.id}`, {
      body: richText(singleToken),
    })
    const renderedBefore = renderThreadStats().completed
    const handout = fetch(`${server.url}/api/techniques/${target.id}/handout.pdf`, {
      headers: { authorization: `JWT ${editor.token}` },
    }).then(async (response) => ({
      status: response.status,
      bytes: Buffer.from(await response.arrayBuffer()),
    }))
    const { result, answeredMeanwhile } = await whileOthersAsk(handout)
    expect(result.status).toBe(200)
    // The word wraps over several lines: read it without the line breaks.
    const printed = (await pdfText(result.bytes)).replace(/\s+/g, '').match(/(?:pneumono\w*)…/)
    expect(printed?.[0].length).toBeGreaterThan(200)
    expect(printed?.[0].length).toBeLessThanOrEqual(301)
    // Laid out on a render thread, not the thread that answers everyone else.
    expect(renderThreadStats().completed).toBe(renderedBefore + 1)
    expect(answeredMeanwhile.length).toBeGreaterThan(0)
  }, 120_000)
})

describe('depth', () => {
  it.each(['conditions', 'routines'])(
    'populates %s at most two relationships deep, whatever depth is asked for',
    async (collection) => {
      const deep = await api(server.url, {}, 'GET', `/${collection}?depth=10&limit=100`)
      expect(deep.status).toBe(200)
      const docs = (deep.json as { docs: unknown[] }).docs
      expect(docs.length).toBeGreaterThan(0)
      // The listed document plus two populated levels.
      expect(documentNesting(docs)).toBe(3)
    },
  )

  it('brings a technique inside a routine as a reference, without its text', async () => {
    const { json } = await api(server.url, {}, 'GET', '/routines?depth=2&limit=10')
    const routine = (json as { docs: Array<{ items: Array<{ technique: unknown }> }> }).docs[0]
    const technique = routine.items[0].technique as Record<string, unknown>
    expect(technique).toEqual(
      expect.objectContaining({ name: expect.any(String), slug: expect.any(String) }),
    )
    expect(technique).toHaveProperty('defaultDosage')
    expect(technique).not.toHaveProperty('steps')
    expect(technique).not.toHaveProperty('body')
  })

  it('refuses a depth beyond what any reader needs, naming the limit', async () => {
    const { status, json } = await api(server.url, {}, 'GET', '/conditions?depth=100')
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toMatch(/depth/i)
  })
})

describe('a select given a deeply nested value', () => {
  it('is refused every time, and the database keeps serving everyone', async () => {
    const { patient } = await createPatientRecords(payload, clinicianUser)
    const body = toJson({ preferredLanguage: { root: nestedValue(2_000) } })
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`${server.url}/api/patients/${patient.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', authorization: `JWT ${clinician.token}` },
          body,
        }).then(async (response) => ({ status: response.status, text: await response.text() })),
      ),
    )
    for (const { status, text } of attempts) {
      expect(status).toBe(400)
      expect(text).toMatch(/nest/i)
    }
    const { status } = await api(server.url, {}, 'GET', '/techniques?limit=1')
    expect(status).toBe(200)
    const stored = await payload.findByID({ collection: 'patients', id: patient.id })
    expect(stored.preferredLanguage).toBe('en')
  }, 120_000)

  it('cannot hold a PostgreSQL connection for good: each statement has a time limit', async () => {
    if (usesEmbeddedDatabase()) {
      // The embedded database has one session and no server-side statement timeout to set.
      return
    }
    const pool = (
      payload.db as unknown as {
        pool: { query: (sql: string) => Promise<{ rows: { statement_timeout: string }[] }> }
      }
    ).pool
    const { rows } = await pool.query('SHOW statement_timeout')
    expect(rows[0].statement_timeout).toBe('15s')
  })
})

describe('a GraphQL query of thousands of fields', () => {
  const graphQL = (query: string) =>
    fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    }).then(async (response) => ({ status: response.status, text: await response.text() }))

  it('is refused before GraphQL validates it (validation time grows with its square)', async () => {
    const { status, text } = await graphQL(`{ Techniques { docs { ${'id '.repeat(20_000)} } } }`)
    expect(status).toBe(400)
    expect(text).toMatch(/GraphQL query is too long: at most 500 tokens/)
  })

  it('leaves ordinary queries alone', async () => {
    const { status, text } = await graphQL('{ Techniques(limit: 2) { docs { id name } } }')
    expect(status).toBe(200)
    expect(JSON.parse(text).data.Techniques.docs).toHaveLength(2)
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { fuzzServer, type FuzzResult } from '../../fuzz/fuzzServer'
import { seed } from '../../seeds/seed'
import { startPayload, stopPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let result: FuzzResult

const describeOutcome = ({ request, status, problem }: FuzzResult['outcomes'][number]) =>
  `${status} ${request.family} ${request.as} ${request.method} ${request.path.slice(0, 120)} ${problem ?? ''}`

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload)
  server = await startRestServer()
  result = await fuzzServer({
    baseUrl: server.url,
    databaseUrl: process.env.DATABASE_URL as string,
    count: 600,
    seed: 20261202,
    concurrency: 4,
    seconds: 600,
    baselineSeconds: 0,
    payload,
  })
}, 600_000)

afterAll(async () => {
  await server?.stop()
  await stopPayload(payload)
})

describe('hostile requests (a deterministic sample of npm run fuzz)', () => {
  it('are all answered', () => {
    expect(result.outcomes).toHaveLength(result.planned)
  })

  it('never get a server error: each is refused with a 4xx', () => {
    const serverErrors = result.outcomes.filter(({ status }) => status >= 500 || status === 0)
    expect(serverErrors.map(describeOutcome)).toEqual([])
  })

  it('get a message that names the problem, never a stack trace, SQL or a server path', () => {
    const problems = result.outcomes.filter(({ problem }) => problem)
    expect(problems.map(describeOutcome)).toEqual([])
  })

  it('change no record and create none', () => {
    expect(result.changedRows).toEqual([])
  })

  it('cover every family: ids, queries, fields, bodies, shapes, handouts, deliveries, auth, GraphQL, stalls', () => {
    const families = new Set(
      result.outcomes.map(({ request }) => request.family.replace(/^stall-.*/, 'stall')),
    )
    for (const family of [
      'id',
      'query',
      'field',
      'body',
      'no-document',
      'null-rows',
      'rich-text',
      'override',
      'handout',
      'delivery',
      'auth',
      'graphql',
      'stall',
    ]) {
      expect(families).toContain(family)
    }
  })
})

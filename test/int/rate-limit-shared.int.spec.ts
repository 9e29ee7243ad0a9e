import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import pg from 'pg'

import { usesEmbeddedDatabase } from '../../src/db/embedded'
import { RATE_LIMIT_SCHEMA } from '../../src/patientPage/rateLimit'
import { startPayload, stopPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'
import { startScript } from '../helpers/script'

/**
 * Several app processes behind one proxy share one lookup limit per client: the counts live in
 * PostgreSQL. (The embedded database serves a single development process and counts in memory.)
 */
const onPostgres = !usesEmbeddedDatabase()
const LIMIT = 10

let payload: Payload
let here: Awaited<ReturnType<typeof startRestServer>>
let there: ReturnType<typeof startScript> | undefined
let thereUrl: string

const guess = async (base: string) => {
  const response = await fetch(`${base}/p/${randomBytes(32).toString('base64url')}`)
  await response.arrayBuffer()
  return response.status
}

beforeAll(async () => {
  process.env.PATIENT_LINK_LOOKUPS_PER_MINUTE = String(LIMIT)
  payload = await startPayload()
  here = await startRestServer()
  if (onPostgres) {
    there = startScript('test/helpers/restServerProcess.ts', [], {
      PATIENT_LINK_LOOKUPS_PER_MINUTE: String(LIMIT),
    })
    await there.printed('listening on ')
    thereUrl = /listening on (\S+)/.exec(there.output())![1]
  }
}, 120_000)
afterAll(async () => {
  delete process.env.PATIENT_LINK_LOOKUPS_PER_MINUTE
  await there?.kill()
  await here?.stop()
  await stopPayload(payload)
})

describe('the link lookup limit', () => {
  const onPostgresIt = onPostgres ? it : it.skip

  onPostgresIt('holds across two app processes: lookups on one count on the other', async () => {
    const answers: number[] = []
    for (let i = 0; i < 6; i++) {
      answers.push(await guess(here.url))
    }
    for (let i = 0; i < 6; i++) {
      answers.push(await guess(thereUrl))
    }
    expect(answers.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(404))
    expect(answers.slice(LIMIT)).toEqual([429, 429])
    // And back on the first process, the client is still over the limit.
    expect(await guess(here.url)).toBe(429)
  })

  onPostgresIt(
    "survives Payload's development schema push, which drops unknown tables in public",
    async () => {
      const push = startScript('test/setup/pushSchema.ts', [], {
        DATABASE_PUSH: undefined,
        PAYLOAD_FORCE_DRIZZLE_PUSH: 'true',
      })
      expect(await push.exited).toBe(0)
      expect(await guess(here.url)).toBe(429)
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
      await client.connect()
      try {
        const { rows } = await client.query<{ count: string }>(
          `SELECT count(*) FROM ${RATE_LIMIT_SCHEMA}.patient_link_lookups`,
        )
        expect(Number(rows[0].count)).toBeGreaterThan(0)
      } finally {
        await client.end()
      }
    },
  )
})

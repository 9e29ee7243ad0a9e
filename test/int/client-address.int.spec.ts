import { randomBytes } from 'node:crypto'

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import pg from 'pg'
import type { Payload } from 'payload'

import { usesEmbeddedDatabase } from '../../src/db/embedded'
import { normaliseAddress, resolveClientAddress } from '../../src/http/clientAddress'
import { RATE_LIMIT_SCHEMA } from '../../src/patientPage/rateLimit'
import { hasBuild, startNextServer } from '../helpers/nextServer'
import { startPayload, stopPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

/**
 * The patient pages' lookup limit counts the client's real address: X-Forwarded-For is believed
 * only from TRUSTED_PROXIES, so a client reaching the app directly cannot name a new address
 * for each guess.
 */
let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>

const guessUrl = (base: string) => `${base}/p/${randomBytes(32).toString('base64url')}`
const randomAddress = () =>
  `203.0.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`

/** 200 link guesses, each naming a new X-Forwarded-For; how many answers of each status. */
const rotatingGuesses = async (base: string, count = 200) => {
  const statuses: Record<number, number> = {}
  for (let i = 0; i < count; i++) {
    const response = await fetch(guessUrl(base), {
      headers: { 'X-Forwarded-For': `${randomAddress()}, ${randomAddress()}` },
    })
    await response.arrayBuffer()
    statuses[response.status] = (statuses[response.status] ?? 0) + 1
  }
  return statuses
}

beforeAll(async () => {
  payload = await startPayload()
  server = await startRestServer()
})
afterEach(() => {
  delete process.env.TRUSTED_PROXIES
  delete process.env.PATIENT_LINK_LOOKUPS_PER_MINUTE
})
afterAll(async () => {
  await server?.stop()
  await stopPayload(payload)
})

describe('the client address of a link lookup', () => {
  it('ignores X-Forwarded-For from a client that is not a trusted proxy: 200 rotated guesses meet the limit', async () => {
    process.env.PATIENT_LINK_LOOKUPS_PER_MINUTE = '21'
    const statuses = await rotatingGuesses(server.url)
    expect(statuses[404]).toBe(21)
    expect(statuses[429]).toBe(179)
  })

  it('honours X-Forwarded-For through a trusted proxy (TRUSTED_PROXIES=loopback)', async () => {
    process.env.PATIENT_LINK_LOOKUPS_PER_MINUTE = '22'
    process.env.TRUSTED_PROXIES = 'loopback'
    const statuses = await rotatingGuesses(server.url)
    expect(statuses).toEqual({ 404: 200 })
    // One address behind the proxy still meets its own limit.
    const from = { 'X-Forwarded-For': '198.51.100.23' }
    const answers: number[] = []
    for (let i = 0; i < 23; i++) {
      answers.push((await fetch(guessUrl(server.url), { headers: from })).status)
    }
    expect(answers.filter((status) => status === 429)).toHaveLength(1)
    expect(answers[22]).toBe(429)
  })

  it('keeps keys short and one per client, whatever the header holds', async () => {
    process.env.TRUSTED_PROXIES = 'loopback'
    expect(resolveClientAddress('::ffff:127.0.0.1', 'x'.repeat(8000))).toBe('unknown')
    expect(resolveClientAddress('127.0.0.1', '198.51.100.9')).toBe('198.51.100.9')
    expect(resolveClientAddress('127.0.0.1', '::ffff:198.51.100.9')).toBe('198.51.100.9')
    expect(resolveClientAddress('127.0.0.1', '2001:db8:a:b:1:2:3:4')).toBe('2001:db8:a:b::/64')
    expect(resolveClientAddress('127.0.0.1', '2001:0db8:000a:000b::9')).toBe('2001:db8:a:b::/64')
    expect(resolveClientAddress('198.51.100.1', '192.0.2.7')).toBe('198.51.100.1')
    delete process.env.TRUSTED_PROXIES
    expect(resolveClientAddress('127.0.0.1', '198.51.100.9')).toBe('127.0.0.1')
    expect(normaliseAddress(`1.2.3.4${'9'.repeat(5000)}`)).toBe('unknown')

    process.env.PATIENT_LINK_LOOKUPS_PER_MINUTE = '1000'
    process.env.TRUSTED_PROXIES = 'loopback'
    const long = await fetch(guessUrl(server.url), {
      headers: { 'X-Forwarded-For': `${'a'.repeat(7000)}, 198.51.100.77` },
    })
    expect(long.status).toBe(404)
    if (!usesEmbeddedDatabase()) {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
      await client.connect()
      try {
        const { rows } = await client.query<{ longest: number }>(
          `SELECT max(length(key)) AS longest FROM ${RATE_LIMIT_SCHEMA}.patient_link_lookups`,
        )
        expect(rows[0].longest).toBeLessThanOrEqual(64)
      } finally {
        await client.end()
      }
    }
  })

  it('the built app counts the socket, not X-Forwarded-For, unless TRUSTED_PROXIES says so', async () => {
    if (!hasBuild()) {
      console.warn('No build (npm run build): the Next server case is not checked.')
      return
    }
    const direct = await startNextServer({ PATIENT_LINK_LOOKUPS_PER_MINUTE: '23' })
    try {
      const statuses = await rotatingGuesses(direct.url, 60)
      expect(statuses[429]).toBe(60 - 23)
    } finally {
      await direct.stop()
    }
    const proxied = await startNextServer({
      PATIENT_LINK_LOOKUPS_PER_MINUTE: '24',
      TRUSTED_PROXIES: 'loopback',
    })
    try {
      expect(await rotatingGuesses(proxied.url, 60)).toEqual({ 404: 60 })
    } finally {
      await proxied.stop()
    }
  })
})

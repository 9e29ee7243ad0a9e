import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type * as Fixtures from '../helpers/fixtures'
import type * as PayloadHelpers from '../helpers/payload'
import type * as RestServer from '../helpers/restServer'

let payload: Payload
let helpers: typeof PayloadHelpers
let fixtures: typeof Fixtures
let server: Awaited<ReturnType<typeof RestServer.startRestServer>>

// The configuration reads SERVER_URL and STAFF_SESSION_IDLE_HOURS when it is first imported.
beforeAll(async () => {
  process.env.SERVER_URL = 'https://clinic.example'
  process.env.STAFF_SESSION_IDLE_HOURS = '1.5'
  helpers = await import('../helpers/payload')
  fixtures = await import('../helpers/fixtures')
  const { startRestServer } = await import('../helpers/restServer')
  payload = await helpers.startPayload()
  server = await startRestServer()
})
afterAll(async () => {
  await server.stop()
  await helpers.stopPayload(payload)
  delete process.env.SERVER_URL
  delete process.env.STAFF_SESSION_IDLE_HOURS
})

describe('the session cookie of a server on https', () => {
  it('is Secure, HttpOnly and SameSite=Lax, and lasts the idle limit set', async () => {
    const user = await fixtures.createUser(payload, 'clinician', 'Dr Secure')
    const response = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: fixtures.PASSWORD }),
    })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    const attributes = cookie.split(';').map((part) => part.trim().split('=')[0].toLowerCase())
    expect(attributes).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite']))
    expect(cookie).toMatch(/;\s*SameSite=Lax(;|$)/)
    const { token } = (await response.json()) as { token: string }
    const { iat, exp } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as {
      iat: number
      exp: number
    }
    expect(exp - iat).toBe(1.5 * 3600)
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { createUser, PASSWORD } from '../helpers/fixtures'
import { startPayload, stopPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>

beforeAll(async () => {
  payload = await startPayload()
  server = await startRestServer()
})
afterAll(async () => {
  await server.stop()
  await stopPayload(payload)
})

/** A POST to an auth route over HTTP, as a browser's sign-in form sends it. */
const post = async (path: string, body: Record<string, unknown>) => {
  const response = await fetch(`${server.url}/api/users/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  return {
    status: response.status,
    json: (await response.json()) as Record<string, unknown>,
    cookie: response.headers.get('set-cookie') ?? '',
  }
}
const signIn = (email: string, password: string) => post('login', { email, password })
/** What someone probing the sign-in learns: the status and the whole answer. */
const answer = ({ status, json }: { status: number; json: unknown }) => ({ status, json })

describe('staff sign-in', () => {
  it('locks an account after 5 failed sign-ins: the right password is refused while locked', async () => {
    const user = await createUser(payload, 'clinician', 'Dr Lockie')
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await signIn(user.email, 'not-the-password-at-all')).status).toBe(401)
    }
    const sixth = await signIn(user.email, PASSWORD)
    expect(sixth.status).toBe(401)
    expect(sixth.cookie).toBe('')
    await expect(
      payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } }),
    ).rejects.toThrow(/locked/)
    // An admin unlocks it, and the right password works again.
    // (Payload's type asks for a password that unlocking does not use.)
    await payload.unlock({
      collection: 'users',
      data: { email: user.email, password: '' },
      overrideAccess: true,
    })
    expect((await signIn(user.email, PASSWORD)).status).toBe(200)
  })

  it('answers an unknown email, a wrong password and a locked account alike', async () => {
    const known = await createUser(payload, 'clinician', 'Dr Known')
    const locked = await createUser(payload, 'clinician', 'Dr Locked')
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(locked.email, 'not-the-password-at-all')
    }
    const unknownEmail = answer(await signIn('nobody-here@clinic.test', PASSWORD))
    const wrongPassword = answer(await signIn(known.email, 'not-the-password-at-all'))
    const lockedRightPassword = answer(await signIn(locked.email, PASSWORD))
    const lockedWrongPassword = answer(await signIn(locked.email, 'not-the-password-at-all'))
    expect(unknownEmail).toEqual({
      status: 401,
      json: { errors: [{ message: 'The email or password provided is incorrect.' }] },
    })
    expect(wrongPassword).toEqual(unknownEmail)
    expect(lockedRightPassword).toEqual(unknownEmail)
    expect(lockedWrongPassword).toEqual(unknownEmail)
  })

  it('answers a locked account over GraphQL as it answers a wrong password', async () => {
    const locked = await createUser(payload, 'clinician', 'Dr Graph')
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(locked.email, 'not-the-password-at-all')
    }
    const graphql = async (email: string) => {
      const response = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(PASSWORD)}) { token } }`,
        }),
      })
      const json = (await response.json()) as { errors?: { message: string }[] }
      return { status: response.status, messages: json.errors?.map(({ message }) => message) }
    }
    expect(await graphql(locked.email)).toEqual(await graphql('nobody-here@clinic.test'))
  })

  it('answers a password-reset request alike for a known and an unknown email', async () => {
    const known = await createUser(payload, 'clinician', 'Dr Forgetful')
    const forKnown = answer(await post('forgot-password', { email: known.email }))
    const forUnknown = answer(await post('forgot-password', { email: 'nobody-here@clinic.test' }))
    expect(forKnown.status).toBe(200)
    expect(forUnknown).toEqual(forKnown)
  })
})

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax, and not Secure when the server is not on https', async () => {
    const user = await createUser(payload, 'editor', 'Eddie Cookie')
    const { status, cookie } = await signIn(user.email, PASSWORD)
    expect(status).toBe(200)
    const attributes = cookie.split(';').map((part) => part.trim().split('=')[0].toLowerCase())
    expect(cookie).toMatch(/^payload-token=[^;]+;/)
    expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite']))
    expect(cookie).toMatch(/;\s*SameSite=Lax(;|$)/)
    expect(attributes).not.toContain('secure')
  })

  it('holds a token that ends after 8 idle hours unless renewed', async () => {
    const user = await createUser(payload, 'editor', 'Eddie Idle')
    const { json } = await signIn(user.email, PASSWORD)
    const [, claims] = (json.token as string).split('.')
    const { iat, exp } = JSON.parse(Buffer.from(claims, 'base64url').toString()) as {
      iat: number
      exp: number
    }
    expect(exp - iat).toBe(8 * 3600)
    // Renewing (as the admin does while someone works) gives a new token of the same span.
    const refreshed = await fetch(`${server.url}/api/users/refresh-token`, {
      method: 'POST',
      headers: { Authorization: `JWT ${json.token as string}` },
    })
    expect(refreshed.status).toBe(200)
    const renewed = (await refreshed.json()) as { refreshedToken: string; exp: number }
    const renewedClaims = JSON.parse(
      Buffer.from(renewed.refreshedToken.split('.')[1], 'base64url').toString(),
    ) as { iat: number; exp: number }
    expect(renewedClaims.exp - renewedClaims.iat).toBe(8 * 3600)
  })
})

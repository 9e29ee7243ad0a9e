import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { generate } from 'otplib'
import type { Payload } from 'payload'

import { createUser, PASSWORD } from '../helpers/fixtures'
import { api, logIn, type Session } from '../helpers/http'
import { startPayload, stopPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'
import type { User } from '../../src/payload-types'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let admin: User
let adminSession: Session

beforeAll(async () => {
  payload = await startPayload()
  server = await startRestServer()
  admin = await createUser(payload, 'admin', 'Ada Admin')
  adminSession = await logIn(server.url, admin.email)
})
afterAll(async () => {
  await server.stop()
  await stopPayload(payload)
})

const now = () => Math.floor(Date.now() / 1000)
/** The code an authenticator app shows now, or one period ahead (a code works only once). */
const codeFor = (secret: string, periodsAhead = 0) =>
  generate({ secret, epoch: now() + 30 * periodsAhead })
/** A six-digit code no step near now has. */
const wrongCodeFor = async (secret: string) => {
  const near = await Promise.all([-1, 0, 1, 2].map((ahead) => codeFor(secret, ahead)))
  let code = 0
  while (near.includes(String(code).padStart(6, '0'))) {
    code++
  }
  return String(code).padStart(6, '0')
}

const signIn = (email: string, totp?: string) =>
  api(server.url, {}, 'POST', '/users/login', {
    email,
    password: PASSWORD,
    ...(totp ? { totp } : {}),
  })
const messageOf = (json: Record<string, unknown>) =>
  (json.errors as { message: string }[] | undefined)?.[0]?.message

/** A staff member who turned two-factor on from their account, as the account view does it. */
const enrolled = async (name: string) => {
  const user = await createUser(payload, 'clinician', name)
  const session = await logIn(server.url, user.email)
  const setup = await api(server.url, session, 'POST', '/users/two-factor/setup', {})
  expect(setup.status).toBe(200)
  const secret = setup.json.secret as string
  expect(setup.json.qrCode).toMatch(/^data:image\/svg\+xml;base64,/)
  const confirmed = await api(server.url, session, 'POST', '/users/two-factor/confirm', {
    code: await codeFor(secret),
  })
  expect(confirmed.status).toBe(200)
  return { user, session, secret, recoveryCodes: confirmed.json.recoveryCodes as string[] }
}

describe('two-factor sign-in (TOTP)', () => {
  it('is turned on with a code from the app, refusing a wrong one, and gives 10 recovery codes', async () => {
    const user = await createUser(payload, 'clinician', 'Dr Tess Totp')
    const session = await logIn(server.url, user.email)
    const setup = await api(server.url, session, 'POST', '/users/two-factor/setup', {})
    const secret = setup.json.secret as string
    expect(setup.json.uri).toContain(encodeURIComponent(user.email))
    const wrong = await api(server.url, session, 'POST', '/users/two-factor/confirm', {
      code: await wrongCodeFor(secret),
    })
    expect(wrong.status).toBe(400)
    expect((await api(server.url, session, 'GET', '/users/two-factor')).json.enabled).toBe(false)
    const right = await api(server.url, session, 'POST', '/users/two-factor/confirm', {
      code: await codeFor(secret),
    })
    expect(right.status).toBe(200)
    const codes = right.json.recoveryCodes as string[]
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    expect(await api(server.url, session, 'GET', '/users/two-factor')).toMatchObject({
      status: 200,
      json: { enabled: true, required: false, recoveryCodesLeft: 10 },
    })
  })

  it('then asks for the code at sign-in, refuses a wrong one, and accepts the current one', async () => {
    const { user, secret } = await enrolled('Dr Sign Inwith')
    const withoutCode = await signIn(user.email)
    expect(withoutCode.status).toBe(401)
    expect(messageOf(withoutCode.json)).toMatch(/code from your authenticator app/)
    expect(withoutCode.json.token).toBeUndefined()
    const wrong = await signIn(user.email, await wrongCodeFor(secret))
    expect(wrong.status).toBe(401)
    expect(messageOf(wrong.json)).toMatch(/not right/)
    const code = await codeFor(secret, 1)
    const right = await signIn(user.email, code)
    expect(right.status).toBe(200)
    const me = await api(server.url, { token: right.json.token as string }, 'GET', '/users/me')
    expect((me.json.user as { email: string }).email).toBe(user.email)
    // The same code does not work twice (the code itself: computed again, it may be the next
    // step's once 30 s have turned, and that one is new).
    const replayed = await signIn(user.email, code)
    expect(replayed.status).toBe(401)
  })

  it('asks for the code on the Local API too', async () => {
    const { user, secret } = await enrolled('Dr Local Code')
    const data = { email: user.email, password: PASSWORD }
    await expect(payload.login({ collection: 'users', data })).rejects.toThrow(/code/)
    const result = await payload.login({
      collection: 'users',
      data,
      context: { totp: await codeFor(secret, 1) },
    })
    expect(result.token).toEqual(expect.any(String))
  })

  it('accepts each recovery code once', async () => {
    const { user, recoveryCodes } = await enrolled('Dr Lost Phone')
    const [first, second] = recoveryCodes
    expect((await signIn(user.email, first)).status).toBe(200)
    const again = await signIn(user.email, first)
    expect(again.status).toBe(401)
    expect(messageOf(again.json)).toMatch(/not right/)
    expect((await signIn(user.email, second.toUpperCase().replace('-', ' '))).status).toBe(200)
    const session = await logIn(server.url, admin.email)
    expect(session.token).toBeDefined()
  })

  it('counts wrong codes toward the lockout, which then answers like a wrong password', async () => {
    const { user, secret } = await enrolled('Dr Guessed At')
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await signIn(user.email, await wrongCodeFor(secret))).status).toBe(401)
    }
    const locked = await signIn(user.email, await codeFor(secret, 1))
    expect(locked).toEqual({
      status: 401,
      json: { errors: [{ message: 'The email or password provided is incorrect.' }] },
    })
  })

  it('keeps the secret and recovery codes out of every API, and its owner cannot switch it off by editing', async () => {
    const { user, session } = await enrolled('Dr Private Secret')
    const answers = [
      await api(server.url, session, 'GET', '/users/me'),
      await api(server.url, session, 'GET', `/users/${user.id}`),
      await api(server.url, adminSession, 'GET', `/users/${user.id}`),
      await api(server.url, adminSession, 'GET', '/users?limit=100'),
    ]
    const local = await payload.findByID({
      collection: 'users',
      id: user.id,
      overrideAccess: false,
      user: admin,
    })
    for (const text of [
      ...answers.map(({ json }) => JSON.stringify(json)),
      JSON.stringify(local),
    ]) {
      expect(text).not.toMatch(/totpSecret|totpRecoveryCodes|totpLastStep/)
    }
    expect(local.totpEnabled).toBe(true)
    const edited = await api(server.url, session, 'PATCH', `/users/${user.id}`, {
      totpEnabled: false,
      totpSecret: 'JBSWY3DPEHPK3PXP',
    })
    expect(edited.status).toBe(200)
    expect((await signIn(user.email)).status).toBe(401)
  })

  it('is turned off by an admin for someone who lost their device, who is then signed out', async () => {
    const { user, session } = await enrolled('Dr No Device')
    const byThemselvesWithoutCode = await api(
      server.url,
      session,
      'POST',
      '/users/two-factor/disable',
      {},
    )
    expect(byThemselvesWithoutCode.status).toBe(400)
    const other = await createUser(payload, 'editor', 'Eddie Bystander')
    const byEditor = await api(
      server.url,
      await logIn(server.url, other.email),
      'POST',
      '/users/two-factor/disable',
      {
        user: user.id,
      },
    )
    expect(byEditor.status).toBe(403)
    const byAdmin = await api(server.url, adminSession, 'POST', '/users/two-factor/disable', {
      user: user.id,
    })
    expect(byAdmin.status).toBe(200)
    expect((await api(server.url, session, 'GET', '/users/me')).json.user).toBeNull()
    expect((await signIn(user.email)).status).toBe(200)
  })

  it('still asks for the code after a password reset, which signs no one in', async () => {
    const { user, secret } = await enrolled('Dr Reset Me')
    const token = await payload.forgotPassword({
      collection: 'users',
      data: { email: user.email },
      disableEmail: true,
    })
    const reset = await api(server.url, {}, 'POST', '/users/reset-password', {
      token,
      password: 'harbour-lantern-quiet-88',
    })
    expect(reset.status).toBe(200)
    expect(reset.json.token).toBeUndefined()
    const login = (totp?: string) =>
      api(server.url, {}, 'POST', '/users/login', {
        email: user.email,
        password: 'harbour-lantern-quiet-88',
        ...(totp ? { totp } : {}),
      })
    expect((await login()).status).toBe(401)
    expect((await login(await codeFor(secret, 1))).status).toBe(200)
  })
})

describe('two-factor sign-in required for all staff (STAFF_TWO_FACTOR=required)', () => {
  afterEach(() => {
    delete process.env.STAFF_TWO_FACTOR
  })

  it('lets someone without it sign in to set it up, and nothing else until they have', async () => {
    const user = await createUser(payload, 'clinician', 'Dr Not Yet')
    process.env.STAFF_TWO_FACTOR = 'required'
    const session = await logIn(server.url, user.email)
    for (const path of ['/patients', '/programs', '/conditions', '/globals/clinic-settings']) {
      const refused = await api(server.url, session, 'GET', path)
      expect({ path, status: refused.status, message: messageOf(refused.json) }).toEqual({
        path,
        status: 403,
        message: 'Set up two-factor sign-in first.',
      })
    }
    await expect(
      payload.find({ collection: 'patients', overrideAccess: false, user }),
    ).rejects.toThrow()
    expect((await api(server.url, session, 'GET', '/users/me')).status).toBe(200)
    const status = await api(server.url, session, 'GET', '/users/two-factor')
    expect(status.json).toMatchObject({ enabled: false, required: true })
    const setup = await api(server.url, session, 'POST', '/users/two-factor/setup', {})
    const confirmed = await api(server.url, session, 'POST', '/users/two-factor/confirm', {
      code: await codeFor(setup.json.secret as string),
    })
    expect(confirmed.status).toBe(200)
    expect((await api(server.url, session, 'GET', '/patients')).status).toBe(200)
    // While required, it cannot be turned off by its owner.
    const off = await api(server.url, session, 'POST', '/users/two-factor/disable', {
      code: await codeFor(setup.json.secret as string, 1),
    })
    expect(off.status).toBe(409)
  })

  it('leaves staff who have it alone', async () => {
    const { session } = await enrolled('Dr Already')
    process.env.STAFF_TWO_FACTOR = 'required'
    expect((await api(server.url, session, 'GET', '/patients')).status).toBe(200)
    expect((await api(server.url, adminSession, 'GET', '/patients')).status).toBe(403)
  })

  it("keeps an admin who has not set it up from turning off anyone else's", async () => {
    const { user } = await enrolled('Dr Protected')
    process.env.STAFF_TWO_FACTOR = 'required'
    const refused = await api(server.url, adminSession, 'POST', '/users/two-factor/disable', {
      user: user.id,
    })
    expect(refused.status).toBe(403)
    expect(messageOf(refused.json)).toBe('Set up two-factor sign-in first.')
    expect((await signIn(user.email)).status).toBe(401)
  })
})

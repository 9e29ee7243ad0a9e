import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { createUser } from '../helpers/fixtures'
import { api, logIn, type Session } from '../helpers/http'
import { startPayload, stopPayload } from '../helpers/payload'
import { rejection } from '../helpers/rejection'
import { startRestServer } from '../helpers/restServer'
import type { User } from '../../src/payload-types'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let admin: User
let clinician: User
let adminSession: Session
let clinicianSession: Session

beforeAll(async () => {
  payload = await startPayload()
  server = await startRestServer()
  admin = await createUser(payload, 'admin', 'Ada Admin')
  clinician = await createUser(payload, 'clinician', 'Dr Clara Clinician')
  adminSession = await logIn(server.url, admin.email)
  clinicianSession = await logIn(server.url, clinician.email)
})
afterAll(async () => {
  await server.stop()
  await stopPayload(payload)
})

/** Passwords a clinic must never accept, and the start of the reason the person is given. */
const refused: [string, string, RegExp][] = [
  ['three letters', 'abc', /at least 12 characters/],
  ['11 characters', 'abcdefghijk', /at least 12 characters/],
  ['a common password', 'password1234', /too easy to guess\. .*common/i],
  ['a keyboard row', 'qwertyuiop12', /too easy to guess\. .+/],
  ['their own name', 'clara-clinician-2026', /your name or email/],
]

let hires = 0
const hire = (password: string) => ({
  name: 'Clara Newhire',
  email: `hire-${++hires}-${Date.now().toString(36)}@clinic.test`,
  password,
  role: 'editor' as const,
})
const as = (user: User) => ({ overrideAccess: false, user })

/** The reason Payload's REST answer gives beside the password field. */
const passwordReason = (json: Record<string, unknown>) => {
  const [error] = json.errors as { data?: { errors?: { path: string; message: string }[] } }[]
  return error?.data?.errors?.find(({ path }) => path === 'password')?.message
}

describe('a staff password', () => {
  it.each(refused)(
    'is refused when it is %s, on create over the Local API',
    async (_, password, why) => {
      const name = password === 'clara-clinician-2026' ? 'Clara Clinician' : 'New Hire'
      const { errors } = await rejection(() =>
        payload.create({ collection: 'users', data: { ...hire(password), name }, ...as(admin) }),
      )
      expect(errors).toEqual([{ path: 'password', message: expect.stringMatching(why) }])
    },
  )

  it.each(refused)(
    'is refused when it is %s, on create over REST (400 with the reason)',
    async (_, password, why) => {
      const name = password === 'clara-clinician-2026' ? 'Clara Clinician' : 'New Hire'
      const { status, json } = await api(server.url, adminSession, 'POST', '/users', {
        ...hire(password),
        name,
      })
      expect(status).toBe(400)
      expect(passwordReason(json)).toMatch(why)
    },
  )

  it.each(refused)(
    'is refused when it is %s, on a change by its owner or an admin',
    async (_, password, why) => {
      for (const actor of [clinician, admin]) {
        const { errors } = await rejection(() =>
          payload.update({
            collection: 'users',
            id: clinician.id,
            data: { password },
            ...as(actor),
          }),
        )
        expect(errors).toEqual([{ path: 'password', message: expect.stringMatching(why) }])
      }
      const { status, json } = await api(
        server.url,
        clinicianSession,
        'PATCH',
        `/users/${clinician.id}`,
        {
          password,
        },
      )
      expect(status).toBe(400)
      expect(passwordReason(json)).toMatch(why)
      // The old password still signs in.
      await expect(logIn(server.url, clinician.email)).resolves.toHaveProperty('token')
    },
  )

  it.each(refused)(
    'is refused when it is %s, on a reset over REST and the Local API',
    async (_, password, why) => {
      const user = await createUser(payload, 'clinician', 'Dr Clara Clinician')
      const token = await payload.forgotPassword({
        collection: 'users',
        data: { email: user.email },
        disableEmail: true,
      })
      expect(token).toEqual(expect.any(String))
      const { status, json } = await api(server.url, {}, 'POST', '/users/reset-password', {
        token,
        password,
      })
      expect(status).toBe(400)
      expect(passwordReason(json)).toMatch(why)
      const { errors } = await rejection(() =>
        payload.resetPassword({
          collection: 'users',
          data: { token: token as string, password },
          overrideAccess: true,
        }),
      )
      expect(errors).toEqual([{ path: 'password', message: expect.stringMatching(why) }])
      // The token still works for a good password, which then signs in.
      const reset = await api(server.url, {}, 'POST', '/users/reset-password', {
        token,
        password: 'lantern-meadow-copper-41',
      })
      expect(reset.status).toBe(200)
      const login = await api(server.url, {}, 'POST', '/users/login', {
        email: user.email,
        password: 'lantern-meadow-copper-41',
      })
      expect(login.status).toBe(200)
    },
  )

  it('is accepted when long and uncommon, and a save that leaves it alone is not checked', async () => {
    const user = await payload.create({
      collection: 'users',
      data: hire('violet kettle riverside 7'),
      ...as(admin),
    })
    const renamed = await payload.update({
      collection: 'users',
      id: user.id,
      data: { name: 'Clara Renamed' },
      ...as(admin),
    })
    expect(renamed.name).toBe('Clara Renamed')
    const login = await api(server.url, {}, 'POST', '/users/login', {
      email: user.email,
      password: 'violet kettle riverside 7',
    })
    expect(login.status).toBe(200)
  })
})

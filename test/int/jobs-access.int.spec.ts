import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { captureOutput } from '../helpers/captureOutput'
import { createStaff, type Staff } from '../helpers/fixtures'
import { api, logInEveryone, type Session } from '../helpers/http'
import { startPayload, stopPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let staff: Staff
let sessions: Awaited<ReturnType<typeof logInEveryone>>

beforeAll(async () => {
  payload = await startPayload()
  server = await startRestServer()
  staff = await createStaff(payload)
  sessions = await logInEveryone(server.url, staff)
})
afterAll(async () => {
  await server.stop()
  await stopPayload(payload)
})

const jobsRoutes = [
  '/payload-jobs/run?queue=default',
  '/payload-jobs/handle-schedules?queue=default',
]
const nonAdmins = ['editor', 'clinician'] as const

describe('the jobs API', () => {
  it.each(nonAdmins.flatMap((actor) => jobsRoutes.map((route) => [actor, route] as const)))(
    'tells a signed-in %s that only admins may call %s (403)',
    async (actor, route) => {
      let response: Awaited<ReturnType<typeof api>> | undefined
      const logged = await captureOutput(
        async () => (response = await api(server.url, sessions[actor], 'GET', route)),
        { logger: payload.logger },
      )
      expect(response?.status).toBe(403)
      expect(response?.json).toEqual({
        errors: [{ message: 'Only admins may run, queue or cancel jobs.' }],
      })
      // A refusal is the client's answer, not a server problem: nothing is logged.
      expect(logged).toBe('')
    },
  )

  it.each(jobsRoutes)('asks an anonymous caller of %s to sign in (401)', async (route) => {
    const { status } = await api(server.url, sessions.anonymous as Session, 'GET', route)
    expect(status).toBe(401)
  })

  it('runs the queue for an admin', async () => {
    const { status, json } = await api(server.url, sessions.admin, 'GET', jobsRoutes[0])
    expect(status).toBe(200)
    expect(json).toMatchObject({ noJobsRemaining: true })
  })

  it('refuses a clinician queueing or cancelling a job through the Local API with the same reason', async () => {
    const asClinician = {
      overrideAccess: false,
      req: { user: { ...staff.clinician, collection: 'users' } },
    }
    await expect(
      payload.jobs.queue({ task: 'recoverDeliveries', input: {}, ...asClinician } as never),
    ).rejects.toMatchObject({ status: 403, message: 'Only admins may run, queue or cancel jobs.' })
    await expect(
      payload.jobs.cancel({ where: { id: { equals: 0 } }, ...asClinician } as never),
    ).rejects.toMatchObject({ status: 403, message: 'Only admins may run, queue or cancel jobs.' })
  })
})

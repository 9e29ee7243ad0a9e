import { afterAll, beforeAll } from '@jest/globals'
import type { Payload } from 'payload'

import { createStaff, type Staff } from './fixtures'
import { logIn, type Session } from './http'
import { startPayload, stopPayload } from './payload'
import { startRestServer } from './restServer'

type World = {
  payload: Payload
  server: Awaited<ReturnType<typeof startRestServer>>
  staff: Staff
  /** The signed-in session of the `role` given. */
  session: Session
}

/**
 * Payload, the REST server in front of it, a user of each role, and `role` signed in over HTTP
 * (`session`), for one test file: the set-up of suites that read the library as visitors and as
 * staff.
 *
 * Call it at the top of a test file: it registers its own beforeAll and afterAll (which stops
 * the server and Payload). Its fields are filled in by that beforeAll: read them inside tests and
 * hooks only.
 */
export const useRestServerWorld = (role: keyof Staff) => {
  const world = {} as World

  beforeAll(async () => {
    world.payload = await startPayload()
    world.server = await startRestServer()
    world.staff = await createStaff(world.payload)
    world.session = await logIn(world.server.url, world.staff[role].email)
  })
  afterAll(async () => {
    await world.server?.stop()
    await stopPayload(world.payload)
  })

  return world
}

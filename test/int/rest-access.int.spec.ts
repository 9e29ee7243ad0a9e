import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { createPatientRecords } from '../helpers/clinical'
import { actors, createStaff, programReadStatus, type Actor, type Staff } from '../helpers/fixtures'
import { api, logInEveryone, type Session } from '../helpers/http'
import { createLibrary } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let staff: Staff
let sessions: Record<Actor, Session>
let mine: Awaited<ReturnType<typeof createPatientRecords>>
let theirs: Awaited<ReturnType<typeof createPatientRecords>>
let drafts: Awaited<ReturnType<typeof createLibrary>>

beforeAll(async () => {
  payload = await startPayload()
  server = await startRestServer()
  staff = await createStaff(payload)
  mine = await createPatientRecords(payload, staff.clinician)
  theirs = await createPatientRecords(payload, staff.otherClinician)
  drafts = await createLibrary(payload, 'draft')
  sessions = await logInEveryone(server.url, staff)
})
afterAll(async () => {
  await server.stop()
  await stopPayload(payload)
})

const call = (actor: Actor, method: string, path: string, body?: unknown) =>
  api(server.url, sessions[actor], method, path, body)

describe('the REST API over HTTP', () => {
  it.each(actors)('lists patients for %s only as their role allows', async (actor) => {
    const { status, json } = await call(
      actor,
      'GET',
      `/patients?where[id][in]=${mine.patient.id},${theirs.patient.id}`,
    )
    if (actor === 'anonymous' || actor === 'editor') {
      expect(status).toBe(403)
      expect(JSON.stringify(json)).not.toContain(mine.patient.name)
      return
    }
    expect(status).toBe(200)
    const names = (json.docs as Array<{ name: string }>).map((doc) => doc.name)
    expect(names.includes(mine.patient.name)).toBe(actor !== 'otherClinician')
    expect(names.includes(theirs.patient.name)).toBe(actor !== 'clinician')
  })

  it.each(actors)("gives %s the first clinician's program only if allowed", async (actor) => {
    const { status } = await call(actor, 'GET', `/programs/${mine.program.id}`)
    expect(status).toBe(programReadStatus[actor])
  })

  it.each(actors)("lets %s change the first clinician's patient only if allowed", async (actor) => {
    const { status, json } = await call(actor, 'PATCH', `/patients/${mine.patient.id}`, {
      name: mine.patient.name,
    })
    const expected = {
      anonymous: 403,
      editor: 403,
      clinician: 200,
      otherClinician: 403,
      admin: 200,
    }
    expect(status).toBe(expected[actor])
    if (status === 403) {
      expect(JSON.stringify(json.errors)).toMatch(/not allowed/i)
    }
  })

  it.each(actors)('refuses to let %s write a delivery', async (actor) => {
    const { status } = await call(actor, 'POST', '/deliveries', {
      program: mine.program.id,
      patient: mine.patient.id,
      clinician: staff.clinician.id,
      channel: 'email',
      template: 'home-program',
      idempotencyKey: `forged-over-http-${actor}`,
    })
    expect(status).toBe(403)
  })

  it.each(actors)('shows drafts to %s only when signed in', async (actor) => {
    const { status, json } = await call(
      actor,
      'GET',
      `/conditions/${drafts.condition.id}?draft=true`,
    )
    expect(status).toBe(actor === 'anonymous' ? 404 : 200)
    if (actor !== 'anonymous') {
      expect(json.name).toBe(drafts.condition.name)
    }
  })

  it.each(actors)('lets %s create content only as an editor or admin', async (actor) => {
    const { status } = await call(actor, 'POST', '/resources', {
      title: `Created over HTTP by ${actor}`,
      kind: 'article',
      summary: 'A short read.',
    })
    expect(status).toBe(actor === 'editor' || actor === 'admin' ? 201 : 403)
  })
})

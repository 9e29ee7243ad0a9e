import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { createPatientRecords } from '../helpers/clinical'
import { actors, createStaff, programReadStatus, type Actor } from '../helpers/fixtures'
import { api, logInEveryone, type Session } from '../helpers/http'
import { createLibrary } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let sessions: Record<Actor, Session>
let patientName: string
let ids: Record<'programs' | 'conditions' | 'techniques', number>

/** An id no document has: far past any this database will hand out during the run. */
const MISSING_ID = 2_000_000_000

beforeAll(async () => {
  payload = await startPayload()
  server = await startRestServer()
  const staff = await createStaff(payload)
  const { patient, program } = await createPatientRecords(payload, staff.clinician)
  const drafts = await createLibrary(payload, 'draft')
  patientName = patient.name
  ids = { programs: program.id, conditions: drafts.condition.id, techniques: drafts.technique.id }
  sessions = await logInEveryone(server.url, staff)
})
afterAll(async () => {
  await server.stop()
  await stopPayload(payload)
})

type Endpoint = { collection: keyof typeof ids; method: 'GET' | 'POST'; path: string }

const endpoints: Endpoint[] = [
  { collection: 'programs', method: 'GET', path: 'handout.pdf' },
  { collection: 'programs', method: 'GET', path: 'handout.html' },
  { collection: 'programs', method: 'GET', path: 'delivery-status' },
  { collection: 'programs', method: 'POST', path: 'send' },
  { collection: 'conditions', method: 'GET', path: 'handout.pdf' },
  { collection: 'conditions', method: 'GET', path: 'handout.html' },
  { collection: 'techniques', method: 'GET', path: 'handout.pdf' },
  { collection: 'techniques', method: 'GET', path: 'handout.html' },
]

/** Who may read the first clinician's program and the draft condition and technique. */
const mayRead: Record<Actor, Record<Endpoint['collection'], boolean>> = {
  anonymous: { programs: false, conditions: false, techniques: false },
  editor: { programs: false, conditions: true, techniques: true },
  clinician: { programs: true, conditions: true, techniques: true },
  otherClinician: { programs: false, conditions: true, techniques: true },
  admin: { programs: true, conditions: true, techniques: true },
}

/** Payload answers 403 only where the caller may read nothing of the collection. */
const refusesCollection = (actor: Actor, collection: Endpoint['collection']) =>
  collection === 'programs' && (actor === 'anonymous' || actor === 'editor')

/** Payload's own REST read of the document: what every endpoint on it must answer alike. */
const payloadsOwnRead = (actor: Actor, collection: Endpoint['collection'], id: number) =>
  api(server.url, sessions[actor], 'GET', `/${collection}/${id}`)

const call = (actor: Actor, { collection, method, path }: Endpoint, id: number) =>
  api(server.url, sessions[actor], method, `/${collection}/${id}/${path}`)

const cases = actors.flatMap((actor) =>
  endpoints.map(
    (endpoint) => [actor, endpoint.method, endpoint.collection, endpoint.path, endpoint] as const,
  ),
)

describe('what an endpoint answers for a document the caller may not read', () => {
  it.each(cases)(
    '%s gets for %s /%s/:id/%s the same answer for a missing document as Payload gives',
    async (actor, _method, collection, _path, endpoint) => {
      const answer = await call(actor, endpoint, MISSING_ID)
      expect(answer).toEqual(await payloadsOwnRead(actor, collection, MISSING_ID))
      expect(answer.status).toBe(refusesCollection(actor, collection) ? 403 : 404)
    },
  )

  it.each(cases.filter(([actor, , collection]) => !mayRead[actor][collection]))(
    '%s cannot tell, with %s /%s/:id/%s, a forbidden document from a missing one',
    async (actor, _method, collection, _path, endpoint) => {
      const forbidden = await call(actor, endpoint, ids[collection])
      expect(forbidden).toEqual(await call(actor, endpoint, MISSING_ID))
      expect(forbidden).toEqual(await payloadsOwnRead(actor, collection, ids[collection]))
      expect(JSON.stringify(forbidden.json)).not.toContain(patientName)
    },
  )

  it('answers 403 where Payload refuses the whole collection, 404 where it filters documents', async () => {
    const statuses = Object.fromEntries(
      await Promise.all(
        actors.map(async (actor) => [
          actor,
          (await call(actor, endpoints[2], ids.programs)).status,
        ]),
      ),
    )
    expect(statuses).toEqual(programReadStatus)
    const draft = await call('anonymous', endpoints[4], ids.conditions)
    expect(draft.status).toBe(404)
    expect(draft.json).toEqual({ errors: [{ message: 'Not Found' }] })
  })
})

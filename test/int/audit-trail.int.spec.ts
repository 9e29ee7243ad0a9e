import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { flushAuditEvents } from '../../src/audit/auditWriter'
import { closeDeliveryMailer } from '../../src/delivery/mailer'
import type { AuditEvent, Patient, Program, User } from '../../src/payload-types'
import { createEmailableProgram, runDueDeliveries, uniqueAddress } from '../helpers/delivery'
import {
  actors,
  createStaff,
  createUser,
  PASSWORD,
  uniqueName,
  userFor,
  type Actor,
  type Staff,
} from '../helpers/fixtures'
import { logInEveryone, type Session } from '../helpers/http'
import { captureOutput } from '../helpers/captureOutput'
import { outcomeOf } from '../helpers/outcome'
import { startPayload, stopPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'
import { startSmtpServer, type SmtpServer } from '../helpers/smtpServer'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let smtp: SmtpServer
let staff: Staff
let sessions: Awaited<ReturnType<typeof logInEveryone>>

/**
 * Every request comes "from" this address, as a proxy on loopback (trusted here) forwards it;
 * events must keep only its network.
 */
const CLIENT_ADDRESS = '203.0.113.77'
const CLIENT_NETWORK = '203.0.113.0/24'

const call = async (session: Session, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: {
      'x-forwarded-for': CLIENT_ADDRESS,
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(session.token ? { authorization: `JWT ${session.token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await response.text()
  return {
    status: response.status,
    json: (text.startsWith('{') ? JSON.parse(text) : {}) as Record<string, unknown>,
  }
}

/** The last event's id: the events a step makes are those after it. */
const mark = async () => {
  await flushAuditEvents(payload)
  const { docs } = await payload.find({ collection: 'audit-events', sort: '-id', limit: 1 })
  return docs[0]?.id ?? 0
}

const eventsSince = async (after: number): Promise<AuditEvent[]> => {
  await flushAuditEvents(payload)
  return (
    await payload.find({
      collection: 'audit-events',
      where: { id: { greater_than: after } },
      sort: 'id',
      pagination: false,
    })
  ).docs
}

/** The one event a step made of `action` on `collection`, checked for who, role and network. */
const onlyEvent = (
  events: AuditEvent[],
  action: AuditEvent['action'],
  collection: AuditEvent['collection'],
  who: User,
) => {
  const matching = events.filter(
    (event) => event.action === action && event.collection === collection,
  )
  expect(matching).toHaveLength(1)
  const [event] = matching
  expect(event).toMatchObject({ userId: who.id, role: who.role })
  expect(event.network).toBe(CLIENT_NETWORK)
  expect(new Date(event.at).getTime()).not.toBeNaN()
  return event
}

/** Every stored event, row by row as text: what an attacker with the table would read. */
const trailAsText = async () => {
  await flushAuditEvents(payload)
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute<{
    row: string
  }>(sql`select row_to_json(audit_events)::text as row from audit_events`)
  return rows.map(({ row }) => row).join('\n')
}

/** Names and emails the tests' patients and staff were given: none may be in the trail. */
const personalData: string[] = []
const remember = (patient: Patient) => {
  personalData.push(patient.name, patient.email!, patient.name.split(' ').pop()!)
  return patient
}

beforeAll(async () => {
  process.env.TRUSTED_PROXIES = 'loopback'
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  payload = await startPayload()
  server = await startRestServer()
  staff = await createStaff(payload)
  sessions = await logInEveryone(server.url, staff)
  for (const member of Object.values(staff)) {
    personalData.push(member.email, member.name)
  }
})
afterAll(async () => {
  delete process.env.TRUSTED_PROXIES
  delete process.env.SMTP_URL
  closeDeliveryMailer()
  await server?.stop()
  await smtp?.stop()
  await stopPayload(payload)
})

const newPatient = () => ({
  name: uniqueName('Audra Auditson'),
  email: uniqueAddress(),
  preferredLanguage: 'en' as const,
  clinician: staff.clinician.id,
})

describe.each(['patients', 'programs'] as const)('A clinician working on %s', (collection) => {
  it('leaves one event for each create, read, list, update and delete, naming the ids only', async () => {
    const session = sessions.clinician
    const owner = remember(await payload.create({ collection: 'patients', data: newPatient() }))
    const patientData = newPatient()
    personalData.push(patientData.name, patientData.email)
    const data =
      collection === 'patients'
        ? patientData
        : { patient: owner.id, clinician: staff.clinician.id, status: 'draft' }

    let before = await mark()
    const created = await call(session, 'POST', `/${collection}`, data)
    expect(created.status).toBe(201)
    const id = (created.json.doc as { id: number }).id
    expect(
      onlyEvent(await eventsSince(before), 'create', collection, staff.clinician).recordIds,
    ).toEqual([id])

    before = await mark()
    expect((await call(session, 'GET', `/${collection}/${id}`)).status).toBe(200)
    expect(
      onlyEvent(await eventsSince(before), 'read', collection, staff.clinician).recordIds,
    ).toEqual([id])

    before = await mark()
    const listed = await call(session, 'GET', `/${collection}?limit=100&depth=0`)
    expect(listed.status).toBe(200)
    const listedIds = (listed.json.docs as Array<{ id: number }>).map((doc) => doc.id)
    expect(listedIds).toContain(id)
    const listEvents = await eventsSince(before)
    expect(listEvents.filter((event) => event.collection === collection)).toHaveLength(1)
    expect(onlyEvent(listEvents, 'list', collection, staff.clinician).recordIds).toEqual(listedIds)

    before = await mark()
    const change = collection === 'patients' ? { preferredLanguage: 'es' } : { status: 'ready' }
    expect((await call(session, 'PATCH', `/${collection}/${id}`, change)).status).toBe(200)
    expect(
      onlyEvent(await eventsSince(before), 'update', collection, staff.clinician).recordIds,
    ).toEqual([id])

    before = await mark()
    expect((await call(session, 'DELETE', `/${collection}/${id}`)).status).toBe(200)
    expect(
      onlyEvent(await eventsSince(before), 'delete', collection, staff.clinician).recordIds,
    ).toEqual([id])
  })

  it("records the Local API's calls made as a staff member, and none of the server's own", async () => {
    const before = await mark()
    const { docs } = await payload.find({
      collection,
      overrideAccess: false,
      user: staff.admin,
      limit: 5,
      depth: 0,
    })
    await payload.find({ collection, limit: 5 })
    const events = await eventsSince(before)
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      action: 'list',
      collection,
      userId: staff.admin.id,
      role: 'admin',
      recordIds: docs.map((doc) => doc.id),
      network: 'unknown',
    })
  })
})

describe("The client's network", () => {
  it("is the socket's when the request comes from no trusted proxy, whatever X-Forwarded-For says", async () => {
    process.env.TRUSTED_PROXIES = ''
    try {
      const before = await mark()
      expect((await call(sessions.clinician, 'GET', '/patients?limit=1')).status).toBe(200)
      const [event] = await eventsSince(before)
      expect(event).toMatchObject({ action: 'list', network: '127.0.0.0/24' })
    } finally {
      process.env.TRUSTED_PROXIES = 'loopback'
    }
  })
})

describe('Sending a program and its patient link', () => {
  let program: Program

  beforeAll(async () => {
    const made = await createEmailableProgram(payload, staff.clinician)
    remember(made.patient)
    program = made.program
  })

  it('a send is one event naming the program; the worker that sends it records nothing', async () => {
    let before = await mark()
    const sent = await call(sessions.clinician, 'POST', `/programs/${program.id}/send`)
    expect(sent.status).toBe(202)
    expect(
      onlyEvent(await eventsSince(before), 'send', 'programs', staff.clinician).recordIds,
    ).toEqual([program.id])

    before = await mark()
    await runDueDeliveries(payload)
    expect(smtp.received.length).toBeGreaterThan(0)
    expect(await eventsSince(before)).toEqual([])
  })

  it('a program read at depth 1 is a read of the program and a list of the patient it shows', async () => {
    const before = await mark()
    const read = await call(sessions.clinician, 'GET', `/programs/${program.id}?depth=1`)
    expect(read.status).toBe(200)
    const patient = read.json.patient as { id: number; name: string }
    expect(patient.name).toEqual(expect.any(String))
    const events = await eventsSince(before)
    expect(onlyEvent(events, 'read', 'programs', staff.clinician).recordIds).toEqual([program.id])
    expect(onlyEvent(events, 'list', 'patients', staff.clinician).recordIds).toEqual([patient.id])
  })

  it.each(['deliveries', 'patient-links'] as const)(
    'reading %s, one or a list, is an event naming the ids',
    async (collection) => {
      let before = await mark()
      const listed = await call(
        sessions.clinician,
        'GET',
        `/${collection}?where[program][equals]=${program.id}&depth=0`,
      )
      expect(listed.status).toBe(200)
      const ids = (listed.json.docs as Array<{ id: number }>).map((doc) => doc.id)
      expect(ids).toHaveLength(1)
      expect(
        onlyEvent(await eventsSince(before), 'list', collection, staff.clinician).recordIds,
      ).toEqual(ids)

      before = await mark()
      expect((await call(sessions.admin, 'GET', `/${collection}/${ids[0]}`)).status).toBe(200)
      expect(
        onlyEvent(await eventsSince(before), 'read', collection, staff.admin).recordIds,
      ).toEqual(ids)
    },
  )

  it('stopping the link and making a new one are each an event naming the program', async () => {
    let before = await mark()
    const stopped = await call(
      sessions.clinician,
      'POST',
      `/programs/${program.id}/patient-link/stop`,
    )
    expect(stopped.status).toBe(200)
    expect(
      onlyEvent(await eventsSince(before), 'link-stop', 'programs', staff.clinician).recordIds,
    ).toEqual([program.id])

    before = await mark()
    const renewed = await call(sessions.admin, 'POST', `/programs/${program.id}/patient-link/new`)
    expect(renewed.status).toBe(200)
    expect(
      onlyEvent(await eventsSince(before), 'link-renew', 'programs', staff.admin).recordIds,
    ).toEqual([program.id])
  })
})

describe('Ending the relationship with a patient', () => {
  it('archiving and erasing a patient are each an event naming the patient', async () => {
    const patient = remember(await payload.create({ collection: 'patients', data: newPatient() }))
    let before = await mark()
    expect((await call(sessions.clinician, 'POST', `/patients/${patient.id}/archive`)).status).toBe(
      200,
    )
    expect(
      onlyEvent(await eventsSince(before), 'archive', 'patients', staff.clinician).recordIds,
    ).toEqual([patient.id])

    before = await mark()
    const erased = await call(sessions.admin, 'POST', `/patients/${patient.id}/erase`, {
      confirm: String(patient.id),
    })
    expect(erased.status).toBe(200)
    expect(
      onlyEvent(await eventsSince(before), 'erase', 'patients', staff.admin).recordIds,
    ).toEqual([patient.id])
  })
})

describe('Signing in', () => {
  const logIn = (email: string, password: string) =>
    call({}, 'POST', '/users/login', { email, password })

  it('a sign-in, each failure, the failure that locks the account and each attempt while locked are events', async () => {
    const member = await createUser(payload, 'clinician', 'Dr Lockie Lockwood')
    personalData.push(member.email, member.name)
    const unknown = `${uniqueName('nobody').replace(/\W+/g, '.')}@clinic.test`
    personalData.push(unknown)

    const before = await mark()
    expect((await logIn(member.email, PASSWORD)).status).toBe(200)
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await logIn(member.email, 'not-the-password')).status).toBe(401)
    }
    expect((await logIn(member.email, PASSWORD)).status).toBe(401)
    expect((await logIn(unknown, 'not-the-password')).status).toBe(401)

    const events = await eventsSince(before)
    expect(events.map((event) => [event.action, event.userId, event.collection])).toEqual([
      ['sign-in', member.id, 'users'],
      ['sign-in-failed', member.id, 'users'],
      ['sign-in-failed', member.id, 'users'],
      ['sign-in-failed', member.id, 'users'],
      ['sign-in-failed', member.id, 'users'],
      ['locked-out', member.id, 'users'],
      ['sign-in-while-locked', member.id, 'users'],
      ['sign-in-failed', null, 'users'],
    ])
    for (const event of events) {
      expect(event.network).toBe(CLIENT_NETWORK)
    }
    expect(events[0]).toMatchObject({ role: 'clinician', recordIds: [member.id] })
    expect(events[7]).toMatchObject({ role: null, recordIds: [] })
  })

  it('a malformed sign-in (no password) is answered 400 and records nothing', async () => {
    const before = await mark()
    expect((await logIn(staff.clinician.email, '')).status).toBe(400)
    expect(await eventsSince(before)).toEqual([])
  })

  it('a failed sign-in over GraphQL is an event too', async () => {
    const before = await mark()
    const response = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': CLIENT_ADDRESS },
      body: JSON.stringify({
        query:
          'mutation ($email: String!) { loginUser(email: $email, password: "nope") { token } }',
        variables: { email: staff.editor.email },
      }),
    })
    expect(JSON.stringify(await response.json())).toMatch(/incorrect/i)
    const events = await eventsSince(before)
    expect(events.map((event) => [event.action, event.userId])).toEqual([
      ['sign-in-failed', staff.editor.id],
    ])
  })
})

describe('The trail itself', () => {
  const as = (actor: Actor) => ({ overrideAccess: false, user: userFor(staff, actor) })

  it.each(actors)('%s reads it only if an admin (Local API and REST)', async (actor) => {
    const expected = actor === 'admin' ? 'allowed' : 'forbidden'
    expect(await outcomeOf(() => payload.find({ collection: 'audit-events', ...as(actor) }))).toBe(
      expected,
    )
    const listed = await call(sessions[actor], 'GET', '/audit-events?limit=5')
    expect(listed.status).toBe(actor === 'admin' ? 200 : 403)
  })

  it.each(actors)(
    '%s can neither add, change nor delete an event over REST, GraphQL or the Local API',
    async (actor) => {
      const [event] = (await payload.find({ collection: 'audit-events', sort: '-id', limit: 1 }))
        .docs
      const forged = {
        at: new Date().toISOString(),
        action: 'read' as const,
        collection: 'patients' as const,
        recordIds: [1],
      }
      expect(
        await outcomeOf(() =>
          payload.create({ collection: 'audit-events', data: forged, ...as(actor) }),
        ),
      ).toBe('forbidden')
      expect(
        await outcomeOf(() =>
          payload.update({
            collection: 'audit-events',
            id: event.id,
            data: { action: 'list' },
            ...as(actor),
          }),
        ),
      ).toBe('forbidden')
      expect(
        await outcomeOf(() =>
          payload.delete({ collection: 'audit-events', id: event.id, ...as(actor) }),
        ),
      ).toBe('forbidden')
      expect(
        await outcomeOf(() =>
          payload.delete({
            collection: 'audit-events',
            where: { id: { exists: true } },
            ...as(actor),
          }),
        ),
      ).toBe('forbidden')

      const session = sessions[actor]
      expect((await call(session, 'POST', '/audit-events', forged)).status).toBe(403)
      expect(
        (await call(session, 'PATCH', `/audit-events/${event.id}`, { action: 'list' })).status,
      ).toBe(403)
      expect((await call(session, 'DELETE', `/audit-events/${event.id}`)).status).toBe(403)
      expect((await call(session, 'DELETE', `/audit-events?where[id][exists]=true`)).status).toBe(
        403,
      )

      const graphQL = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(session.token ? { authorization: `JWT ${session.token}` } : {}),
        },
        body: JSON.stringify({
          query: `mutation { deleteAuditEvent(id: ${event.id}) { id } }`,
        }),
      })
      expect(JSON.stringify(await graphQL.json())).toMatch(/not allowed|Forbidden/i)

      const [after] = (
        await payload.find({ collection: 'audit-events', where: { id: { equals: event.id } } })
      ).docs
      expect(after).toEqual(event)
    },
  )

  it('holds no name or email of any patient or staff member', async () => {
    const text = await trailAsText()
    expect(text.length).toBeGreaterThan(0)
    expect(personalData.length).toBeGreaterThan(10)
    for (const value of personalData) {
      expect(text.toLowerCase()).not.toContain(value.toLowerCase())
    }
  })
})

describe('When the trail cannot be written', () => {
  const execute = (statement: ReturnType<typeof sql>) =>
    (payload.db as unknown as PostgresAdapter).drizzle.execute(statement)

  it('the request still answers, and the lost event is logged with its action, never with personal data', async () => {
    await flushAuditEvents(payload)
    await execute(sql`alter table audit_events rename to audit_events_away`)
    let logged = ''
    try {
      const listed = await call(sessions.clinician, 'GET', '/patients?limit=5')
      expect(listed.status).toBe(200)
      logged = await captureOutput(() => flushAuditEvents(payload), { logger: payload.logger })
    } finally {
      await execute(sql`alter table audit_events_away rename to audit_events`)
    }
    expect(logged).toContain('Audit trail: 1 event(s) NOT recorded (list): database error 42P01')
    for (const value of personalData) {
      expect(logged.toLowerCase()).not.toContain(value.toLowerCase())
    }
  })
})

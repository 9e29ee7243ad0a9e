import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { flushAuditEvents } from '../../src/audit/auditWriter'
import { purgeAuditEvents } from '../../src/audit/retention'
import type { AuditEvent } from '../../src/payload-types'
import { actors, createStaff, type Staff } from '../helpers/fixtures'
import { logInEveryone } from '../helpers/http'
import { startPayload, stopPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let staff: Staff
let sessions: Awaited<ReturnType<typeof logInEveryone>>
let sevenYearsOld: AuditEvent
let fiveYearsOld: AuditEvent

const DAY_MS = 24 * 60 * 60 * 1000
const yearsAgo = (years: number) => new Date(Date.now() - years * 365.25 * DAY_MS).toISOString()
const today = () => new Date().toISOString().slice(0, 10)

/** An event as the server writes it (access overridden): the tests' old history. */
const pastEvent = (at: string) =>
  payload.create({
    collection: 'audit-events',
    data: { at, action: 'read', collection: 'patients', recordIds: [1], network: '192.0.2.0/24' },
  })

const exists = async (id: number) =>
  (await payload.count({ collection: 'audit-events', where: { id: { equals: id } } })).totalDocs ===
  1

const get = async (path: string, token?: string) => {
  const response = await fetch(`${server.url}/api${path}`, {
    headers: token ? { authorization: `JWT ${token}` } : {},
  })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

/** The CSV's rows as objects keyed by its header (the export quotes nothing it writes). */
const parseCsv = (text: string) => {
  expect(text).not.toContain('"')
  const [header, ...lines] = text.trim().split(/\r?\n/)
  const names = header.split(',')
  return {
    names,
    rows: lines.map((line) =>
      Object.fromEntries(line.split(',').map((value, index) => [names[index], value])),
    ),
  }
}

beforeAll(async () => {
  payload = await startPayload()
  // Written before any staff member acts: the first events recorded then purge what is too old.
  sevenYearsOld = await pastEvent(yearsAgo(7))
  fiveYearsOld = await pastEvent(yearsAgo(5))
  server = await startRestServer()
  staff = await createStaff(payload)
  sessions = await logInEveryone(server.url, staff)
})
afterEach(() => {
  delete process.env.AUDIT_RETENTION_DAYS
})
afterAll(async () => {
  await server?.stop()
  await stopPayload(payload)
})

describe('Retention', () => {
  it('events older than six years are purged once the process records events; younger ones stay', async () => {
    await flushAuditEvents(payload)
    expect(await exists(sevenYearsOld.id)).toBe(false)
    expect(await exists(fiveYearsOld.id)).toBe(true)
  })

  it('AUDIT_RETENTION_DAYS shortens the retention', async () => {
    const recent = await pastEvent(new Date(Date.now() - 10 * DAY_MS).toISOString())
    process.env.AUDIT_RETENTION_DAYS = '30'
    expect(await purgeAuditEvents(payload)).toBeGreaterThanOrEqual(1)
    expect(await exists(fiveYearsOld.id)).toBe(false)
    expect(await exists(recent.id)).toBe(true)
  })

  it('a mistyped AUDIT_RETENTION_DAYS purges nothing and says why', async () => {
    const old = await pastEvent(yearsAgo(10))
    process.env.AUDIT_RETENTION_DAYS = 'six years'
    await expect(purgeAuditEvents(payload)).rejects.toThrow(
      'AUDIT_RETENTION_DAYS must be a whole number of days (at least 1), not "six years".',
    )
    expect(await exists(old.id)).toBe(true)
  })
})

describe('Export as CSV', () => {
  it('gives an admin the events of the range, oldest first, and is itself an event', async () => {
    const day = today()
    const listed = await get('/patients?limit=5', sessions.clinician.token)
    expect(listed.status).toBe(200)
    await flushAuditEvents(payload)
    const inRange = await payload.find({
      collection: 'audit-events',
      where: { at: { greater_than_equal: `${day}T00:00:00.000Z` } },
      sort: 'id',
      pagination: false,
    })

    const response = await get(
      `/audit-events/export.csv?from=${day}&to=${day}`,
      sessions.admin.token,
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-/)
    const { names, rows } = parseCsv(response.text)
    expect(names).toEqual([
      'when',
      'staff id',
      'role',
      'action',
      'collection',
      'record ids',
      'client network',
    ])
    expect(rows).toHaveLength(inRange.docs.length)
    const list = rows.filter((row) => row.action === 'list').pop()
    expect(list).toMatchObject({
      'staff id': String(staff.clinician.id),
      role: 'clinician',
      collection: 'patients',
    })
    const last = inRange.docs.filter((event) => event.action === 'list').pop()!
    expect(list!['record ids']).toBe((last.recordIds as number[]).join(' '))
    expect(rows.map((row) => row.when)).toEqual(inRange.docs.map((event) => event.at))

    await flushAuditEvents(payload)
    const [exported] = (await payload.find({ collection: 'audit-events', sort: '-id', limit: 1 }))
      .docs
    expect(exported).toMatchObject({
      action: 'export',
      collection: 'audit-events',
      userId: staff.admin.id,
      role: 'admin',
    })
  })

  it('leaves out events outside the range', async () => {
    const response = await get(
      `/audit-events/export.csv?from=2000-01-01&to=2000-12-31`,
      sessions.admin.token,
    )
    expect(response.status).toBe(200)
    expect(parseCsv(response.text).rows).toEqual([])
  })

  it.each([
    ['from=yesterday', 'from must be a date (2026-12-07) or a time (2026-12-07T14:30:00Z).'],
    ['to=2026-13-45', 'to must be a date (2026-12-07) or a time (2026-12-07T14:30:00Z).'],
    ['from=2026-12-07&to=2026-12-01', 'from must come before to.'],
  ])('answers 400 to %s, saying why', async (query, message) => {
    const response = await get(`/audit-events/export.csv?${query}`, sessions.admin.token)
    expect(response.status).toBe(400)
    expect(JSON.parse(response.text)).toEqual({ errors: [{ message }] })
  })

  it.each(actors.filter((actor) => actor !== 'admin'))('refuses %s with 403', async (actor) => {
    const response = await get('/audit-events/export.csv', sessions[actor].token)
    expect(response.status).toBe(403)
    expect(response.text).not.toContain('staff id')
  })
})

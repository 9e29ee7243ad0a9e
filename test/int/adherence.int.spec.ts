import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Payload } from 'payload'

import { evaluateAlerts, runAdherenceChecks, sendAlertEmails } from '../../src/adherence'
import { dashboardData } from '../../src/adherence/dashboardData'
import { daysFrom } from '../../src/adherence/days'
import { adherencePanelData } from '../../src/adherence/panelData'
import { defaultAlertThresholds } from '../../src/adherence/thresholds'
import { flushAuditEvents } from '../../src/audit/auditWriter'
import { closeDeliveryMailer } from '../../src/delivery/mailer'
import { linkTokenForSend, recordLinkSent } from '../../src/patientLinks/links'
import type { Alert, AuditEvent, Patient, Program, User } from '../../src/payload-types'
import { captureOutput } from '../helpers/captureOutput'
import { useSeededClinic } from '../helpers/clinicSettings'
import { createEmailableProgram } from '../helpers/delivery'
import {
  actors,
  createStaff,
  createUser,
  relyingOnDefaults,
  userFor,
  type Staff,
} from '../helpers/fixtures'
import { api, logInEveryone, type Session } from '../helpers/http'
import { contentData } from '../helpers/library'
import { outcomeOf } from '../helpers/outcome'
import { startPayload, stopPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'
import { startSmtpServer, type SmtpServer } from '../helpers/smtpServer'

/** Noon in London on a Monday: the patients' local day is 2026-12-07. */
const NOW = new Date('2026-12-07T12:00:00Z')
const TODAY = '2026-12-07'
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)

let payload: Payload
let staff: Staff
let smtp: SmtpServer
let server: Awaited<ReturnType<typeof startRestServer>>
let sessions: Record<(typeof actors)[number], Session>
let routine: number
/** Addresses the SMTP server refuses for now. */
const refused = new Set<string>()

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
  smtp = await startSmtpServer({
    refuseRecipient: (address) =>
      refused.has(address.address) ? { code: 550, message: 'Mailbox unavailable' } : undefined,
  })
  process.env.SMTP_URL = smtp.url
  closeDeliveryMailer()
  server = await startRestServer()
  sessions = await logInEveryone(server.url, staff)
  await useSeededClinic(payload)
  await payload.updateGlobal({
    slug: 'clinic-settings',
    data: { timeZone: 'Europe/London', adherenceAlerts: {} },
  })
  const technique = await payload.create({
    collection: 'techniques',
    data: { ...contentData('techniques'), _status: 'published' },
  })
  routine = (
    await payload.create({
      collection: 'routines',
      data: { ...contentData('routines', technique.id), _status: 'published' },
    })
  ).id
})

afterAll(async () => {
  delete process.env.SMTP_URL
  closeDeliveryMailer()
  await server?.stop()
  await smtp?.stop()
  await stopPayload(payload)
})

type Log = { day: string; pain?: number; comment?: string }

/** The program as sent to its patient: a delivery recorded sent, and the link carrying the send. */
const markSent = async (programId: number, patientId: number, clinician: User) => {
  await linkTokenForSend(payload, programId, patientId)
  const delivery = await payload.create({
    collection: 'deliveries',
    data: {
      program: programId,
      patient: patientId,
      clinician: clinician.id,
      channel: 'email',
      template: 'home-program',
      idempotencyKey: `sent-${programId}`,
      status: 'sent',
      sentAt: new Date().toISOString(),
    },
  })
  await recordLinkSent(payload, programId, patientId, delivery.id)
}

/**
 * A patient of `clinician` with a program of one routine planned every day from 2026-11-02, and
 * their session logs, written as the patient's link writes them (by the server).
 */
const programWithLogs = async (
  logs: Log[],
  {
    clinician = staff.clinician,
    status = 'active' as Program['status'],
    reviewDate,
  }: { clinician?: User; status?: Program['status']; reviewDate?: string } = {},
) => {
  const { patient, program } = await createEmailableProgram(payload, clinician)
  await payload.update({
    collection: 'programs',
    id: program.id,
    data: {
      routines: [routine],
      practiceDays: [],
      status,
      startDate: '2026-11-02T12:00:00.000Z',
      ...(reviewDate ? { reviewDate } : {}),
    },
  })
  for (const log of logs) {
    await payload.create({
      collection: 'session-logs',
      data: {
        program: program.id,
        patient: patient.id,
        routine,
        day: log.day,
        pain: log.pain,
        comment: log.comment,
        loggedAt: `${log.day}T18:00:00.000Z`,
      },
    })
  }
  return { patient, program }
}

/** Every day from the start to `last`, each logged with `pain`. */
const dailyLogs = (last: string, pain = 3): Log[] =>
  daysFrom('2026-11-02', last).map((day) => ({ day, pain }))

const alertsOf = async (programId: number) =>
  (
    await payload.find({
      collection: 'alerts',
      where: { program: { equals: programId } },
      sort: 'id',
      depth: 0,
      pagination: false,
    })
  ).docs

const rulesOf = (alerts: Alert[]) => alerts.map((alert) => alert.rule).sort()

const staffReq = async (user: User) =>
  createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)

const lastAuditId = async () => {
  await flushAuditEvents(payload)
  const { docs } = await payload.find({ collection: 'audit-events', sort: '-id', limit: 1 })
  return docs[0]?.id ?? 0
}

const auditSince = async (after: number): Promise<AuditEvent[]> => {
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

describe('the adherence statistics, read from the real collections', () => {
  it("give the panel the 7- and 30-day percentages, the calendar, pain and comments, and audit the clinician's read", async () => {
    // Every day done until 8 days ago; in the last 7 days only Dec 2 and Dec 4.
    const logs: Log[] = [
      ...daysFrom('2026-11-02', '2026-11-29').map((day) => ({ day, pain: 3 })),
      { day: '2026-12-02', pain: 4, comment: 'Tight after work' },
      { day: '2026-12-04', pain: 5 },
    ]
    const { program } = await programWithLogs(logs)
    const before = await lastAuditId()
    const data = await adherencePanelData(await staffReq(staff.clinician), program.id, NOW)
    expect(data.today).toBe(TODAY)
    expect(data.last7).toEqual({ done: 2, planned: 7, percent: 29 })
    // Nov 7 – Dec 6: Nov 7–29 done (23), Dec 2 and 4 (2) of 30 planned.
    expect(data.last30).toEqual({ done: 25, planned: 30, percent: 83 })
    expect(data.comments).toEqual([
      expect.objectContaining({ day: '2026-12-02', comment: 'Tight after work', pain: 4 }),
    ])
    expect(data.calendarSvg).toContain('data-day="2026-12-04" data-state="done"')
    expect(data.calendarSvg).toContain('data-day="2026-12-03" data-state="missed"')
    expect(data.painSvg).toContain(`data-points="${logs.length}"`)
    const events = await auditSince(before)
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'list',
        collection: 'session-logs',
        userId: staff.clinician.id,
      }),
    )
  })

  it("are not another clinician's to read", async () => {
    const { program } = await programWithLogs([{ day: '2026-12-01', pain: 2 }])
    await expect(
      adherencePanelData(await staffReq(staff.otherClinician), program.id, NOW),
    ).rejects.toMatchObject({ name: 'NotFound' })
  })
})

describe('each alert rule', () => {
  it('raises one urgent alert for pain at 7, however often and concurrently it is evaluated', async () => {
    const { patient, program } = await programWithLogs([
      ...dailyLogs('2026-12-05'),
      { day: '2026-12-06', pain: 8 },
    ])
    await evaluateAlerts(payload, program.id, NOW)
    await Promise.all([1, 2, 3].map(() => evaluateAlerts(payload, program.id, NOW)))
    await evaluateAlerts(payload, program.id, later(60))
    const alerts = await alertsOf(program.id)
    expect(alerts.filter((alert) => alert.rule === 'pain-high')).toEqual([
      expect.objectContaining({
        severity: 'urgent',
        eventKey: `${program.id}:pain-high:2026-12-06`,
        clinician: staff.clinician.id,
      }),
    ])
    for (const alert of alerts) {
      expect(alert.message).not.toContain(patient.name)
      expect(alert.message).not.toContain(patient.name.split(' ')[0])
    }
  })

  it('raises one alert for a rise of 2 over the first-week average', async () => {
    const { program } = await programWithLogs([
      ...dailyLogs('2026-12-03', 2),
      { day: '2026-12-04', pain: 4 },
      { day: '2026-12-05', pain: 5 },
      { day: '2026-12-06', pain: 4 },
    ])
    await evaluateAlerts(payload, program.id, NOW)
    await evaluateAlerts(payload, program.id, later(24 * 60))
    expect(rulesOf(await alertsOf(program.id))).toEqual(['pain-rise'])
    expect((await alertsOf(program.id))[0].eventKey).toBe(`${program.id}:pain-rise:2026-12-04`)
  })

  it('raises one alert for 4 days without a log while active, and none for a program not active', async () => {
    const { program } = await programWithLogs(dailyLogs('2026-12-02'))
    await evaluateAlerts(payload, program.id, NOW)
    await evaluateAlerts(payload, program.id, later(24 * 60))
    const noLog = (await alertsOf(program.id)).filter((alert) => alert.rule === 'no-log')
    expect(noLog.map((alert) => alert.eventKey)).toEqual([`${program.id}:no-log:2026-12-03`])
    expect(noLog[0].severity).toBe('low')

    const { program: ready } = await programWithLogs(dailyLogs('2026-12-02'), { status: 'ready' })
    await evaluateAlerts(payload, ready.id, NOW)
    expect(rulesOf(await alertsOf(ready.id))).not.toContain('no-log')
  })

  it('raises one alert when the 7-day adherence falls 20 points below the 30-day', async () => {
    // Every day to Nov 30, then every other day: 7-day 43 %, 30-day 83 %.
    const logs = [
      ...dailyLogs('2026-11-30'),
      ...['2026-12-02', '2026-12-04', '2026-12-06'].map((day) => ({ day, pain: 3 })),
    ]
    const { program } = await programWithLogs(logs)
    await evaluateAlerts(payload, program.id, NOW)
    await evaluateAlerts(payload, program.id, later(60))
    expect(rulesOf(await alertsOf(program.id))).toEqual(['adherence-drop'])
  })

  it("counts days in the patient's own time zone", async () => {
    // Noon in London is 01:00 on Dec 8 in Auckland: a log for Dec 8 is that patient's today.
    const { patient, program } = await programWithLogs([
      ...dailyLogs('2026-12-07'),
      { day: '2026-12-08', pain: 8 },
    ])
    await payload.update({
      collection: 'patients',
      id: patient.id,
      data: { timeZone: 'Pacific/Auckland' },
    })
    await evaluateAlerts(payload, program.id, NOW)
    expect((await alertsOf(program.id)).map((alert) => alert.eventKey)).toEqual([
      `${program.id}:pain-high:2026-12-08`,
    ])
  })

  it("follows the clinic's thresholds", async () => {
    await payload.updateGlobal({
      slug: 'clinic-settings',
      data: { adherenceAlerts: { painUrgentAt: 9, painRiseBy: 10 } },
    })
    try {
      const { program } = await programWithLogs([
        ...dailyLogs('2026-12-05'),
        { day: '2026-12-06', pain: 8 },
      ])
      await evaluateAlerts(payload, program.id, NOW)
      expect(await alertsOf(program.id)).toEqual([])
    } finally {
      await payload.updateGlobal({
        slug: 'clinic-settings',
        data: { adherenceAlerts: defaultAlertThresholds },
      })
    }
  })

  it('is run for every ready or active program sent to its patient by the periodic check', async () => {
    const { program, patient } = await programWithLogs(dailyLogs('2026-12-01'))
    const { program: neverSent } = await programWithLogs(dailyLogs('2026-12-01'))
    await markSent(program.id, patient.id, staff.clinician)
    const result = await runAdherenceChecks(payload, NOW)
    expect(result.programs).toBeGreaterThan(0)
    expect(rulesOf(await alertsOf(program.id))).toContain('no-log')
    // A program its patient never received has nothing they could have logged.
    expect(await alertsOf(neverSent.id)).toEqual([])
    const again = await runAdherenceChecks(payload, NOW)
    expect(again.raised).toBe(0)
  })
})

describe("the clinician's alert email", () => {
  const messagesTo = (user: User) =>
    smtp.received.filter((mail) =>
      (Array.isArray(mail.to) ? mail.to : [mail.to]).some((to) =>
        to?.value.some((address) => address.address === user.email),
      ),
    )

  it('arrives once per batch, at most every 5 minutes, and names no patient', async () => {
    const clinician = await createUser(payload, 'clinician', 'Dr Mail Batch')
    const first = await programWithLogs(
      [...dailyLogs('2026-12-05'), { day: '2026-12-06', pain: 9 }],
      {
        clinician,
      },
    )
    const second = await programWithLogs(dailyLogs('2026-12-01'), { clinician })
    await evaluateAlerts(payload, first.program.id, NOW)
    await evaluateAlerts(payload, second.program.id, NOW)

    // Two workers at once: one email.
    await Promise.all([sendAlertEmails(payload, NOW), sendAlertEmails(payload, NOW)])
    await sendAlertEmails(payload, later(1))
    expect(messagesTo(clinician)).toHaveLength(1)
    const [mail] = messagesTo(clinician)
    // The first program's pain 9; the second's silence since Dec 2 and its falling adherence.
    expect(mail.subject).toBe('3 new adherence alerts (1 urgent)')
    expect(mail.text).toContain('1 × high pain score logged')
    expect(mail.text).toContain('1 × no session logged for several days')
    expect(mail.text).toContain('1 × 7-day adherence well below the 30-day')
    expect(mail.text).toMatch(/\/admin/)
    for (const { patient } of [first, second]) {
      for (const part of [mail.subject, mail.text, mail.html || '']) {
        expect(part).not.toContain(patient.name)
        expect(part).not.toContain(patient.email)
      }
    }
    expect(mail.text).not.toMatch(/9\/10/)

    // A new alert 2 minutes later waits for the 5 minutes to pass, then goes alone.
    const third = await programWithLogs(
      [...dailyLogs('2026-12-05'), { day: '2026-12-06', pain: 7 }],
      {
        clinician,
      },
    )
    await evaluateAlerts(payload, third.program.id, later(2))
    await sendAlertEmails(payload, later(3))
    expect(messagesTo(clinician)).toHaveLength(1)
    await sendAlertEmails(payload, later(6))
    await sendAlertEmails(payload, later(7))
    expect(messagesTo(clinician)).toHaveLength(2)
    expect(messagesTo(clinician)[1].subject).toBe('1 new adherence alert (1 urgent)')
  })

  it('is released when the mail server refuses it, and goes out with the next batch', async () => {
    const clinician = await createUser(payload, 'clinician', 'Dr Refused Once')
    const { patient, program } = await programWithLogs(
      [...dailyLogs('2026-12-05'), { day: '2026-12-06', pain: 9 }],
      { clinician },
    )
    await evaluateAlerts(payload, program.id, NOW)
    refused.add(clinician.email)
    let outcome: Awaited<ReturnType<typeof sendAlertEmails>> | undefined
    const logged = await captureOutput(
      async () => {
        outcome = await sendAlertEmails(payload, NOW)
      },
      { logger: payload.logger },
    ).finally(() => refused.delete(clinician.email))
    expect(outcome).toEqual({ sent: 0, failed: 1 })
    expect(logged).toContain('An alert email (1 alert) was not sent')
    expect(logged).not.toContain(patient.name)
    await sendAlertEmails(payload, later(2))
    expect(messagesTo(clinician)).toHaveLength(0)
    await sendAlertEmails(payload, later(6))
    expect(messagesTo(clinician).map((mail) => mail.subject)).toEqual([
      '1 new adherence alert (1 urgent)',
    ])
  })

  it('goes out with the next batch when the worker that claimed it stopped before sending', async () => {
    const clinician = await createUser(payload, 'clinician', 'Dr Stopped Worker')
    const { program } = await programWithLogs(
      [...dailyLogs('2026-12-05'), { day: '2026-12-06', pain: 8 }],
      { clinician },
    )
    const [alert] = await evaluateAlerts(payload, program.id, NOW)
    // Claimed at NOW by a worker that stopped: never sent, never stamped.
    await payload.update({
      collection: 'alerts',
      id: alert.id,
      data: { emailBatch: `${clinician.id}@stopped`, emailClaimedAt: NOW.toISOString() },
    })
    await sendAlertEmails(payload, later(6))
    expect(messagesTo(clinician)).toHaveLength(0)
    await sendAlertEmails(payload, later(11))
    expect(messagesTo(clinician).map((mail) => mail.subject)).toEqual([
      '1 new adherence alert (1 urgent)',
    ])
    await sendAlertEmails(payload, later(30))
    expect(messagesTo(clinician)).toHaveLength(1)
  })

  it('is not sent for an alert already marked seen', async () => {
    const clinician = await createUser(payload, 'clinician', 'Dr Seen Early')
    const { program } = await programWithLogs(
      [...dailyLogs('2026-12-05'), { day: '2026-12-06', pain: 9 }],
      {
        clinician,
      },
    )
    const [alert] = await evaluateAlerts(payload, program.id, NOW)
    const session = await (await import('../helpers/http')).logIn(server.url, clinician.email)
    expect((await api(server.url, session, 'POST', `/alerts/${alert.id}/seen`)).status).toBe(200)
    await sendAlertEmails(payload, NOW)
    expect(messagesTo(clinician)).toHaveLength(0)
  })
})

describe('marking an alert seen', () => {
  let alert: Alert
  beforeAll(async () => {
    const { program } = await programWithLogs([
      ...dailyLogs('2026-12-05'),
      { day: '2026-12-06', pain: 7 },
    ])
    ;[alert] = await evaluateAlerts(payload, program.id, NOW)
  })

  it('is refused to visitors and editors (403) and hidden from another clinician (404)', async () => {
    const statuses = Object.fromEntries(
      await Promise.all(
        (['anonymous', 'editor', 'otherClinician'] as const).map(async (actor) => [
          actor,
          (await api(server.url, sessions[actor], 'POST', `/alerts/${alert.id}/seen`)).status,
        ]),
      ),
    )
    expect(statuses).toEqual({ anonymous: 403, editor: 403, otherClinician: 404 })
    expect((await payload.findByID({ collection: 'alerts', id: alert.id })).seenAt).toBeFalsy()
  })

  it('records who and when, once: a later mark keeps the first', async () => {
    const before = Date.now()
    const first = await api(server.url, sessions.clinician, 'POST', `/alerts/${alert.id}/seen`)
    expect(first.status).toBe(200)
    const again = await api(server.url, sessions.admin, 'POST', `/alerts/${alert.id}/seen`)
    expect(again.status).toBe(200)
    const stored = await payload.findByID({ collection: 'alerts', id: alert.id, depth: 0 })
    expect(stored.seenBy).toBe(staff.clinician.id)
    expect(new Date(stored.seenAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(stored.seenAt).toBe((again.json.alert as { seenAt: string }).seenAt)
  })

  it('answers 404 for an id that is not a number or not an alert, as for a missing alert', async () => {
    for (const id of ['abc', '99999999']) {
      expect((await api(server.url, sessions.clinician, 'POST', `/alerts/${id}/seen`)).status).toBe(
        404,
      )
    }
  })
})

describe('the alerts collection', () => {
  let alert: Alert
  beforeAll(async () => {
    const { program } = await programWithLogs([
      ...dailyLogs('2026-12-05'),
      { day: '2026-12-06', pain: 8 },
    ])
    ;[alert] = await evaluateAlerts(payload, program.id, NOW)
  })

  it('is read by the clinician of the program and admins only', async () => {
    const reads = Object.fromEntries(
      await Promise.all(
        actors.map(async (actor) => [
          actor,
          await outcomeOf(() =>
            payload.findByID({
              collection: 'alerts',
              id: alert.id,
              overrideAccess: false,
              user: userFor(staff, actor),
            }),
          ),
        ]),
      ),
    )
    expect(reads).toEqual({
      anonymous: 'forbidden',
      editor: 'forbidden',
      clinician: 'allowed',
      otherClinician: 'not found',
      admin: 'allowed',
    })
  })

  it('is written by nobody over any API, admins included', async () => {
    for (const actor of actors) {
      const user = userFor(staff, actor)
      await expect(
        outcomeOf(() =>
          payload.create({
            collection: 'alerts',
            data: relyingOnDefaults<'alerts'>({
              ...alert,
              id: undefined,
              eventKey: 'forged',
            } as never),
            overrideAccess: false,
            user,
          }),
        ),
      ).resolves.toBe('forbidden')
      await expect(
        outcomeOf(() =>
          payload.update({
            collection: 'alerts',
            id: alert.id,
            data: { seenAt: new Date().toISOString() },
            overrideAccess: false,
            user,
          }),
        ),
      ).resolves.not.toBe('allowed')
      await expect(
        outcomeOf(() =>
          payload.delete({ collection: 'alerts', id: alert.id, overrideAccess: false, user }),
        ),
      ).resolves.not.toBe('allowed')
    }
    const rest = await Promise.all([
      api(server.url, sessions.admin, 'POST', '/alerts', { message: 'forged' }),
      api(server.url, sessions.admin, 'PATCH', `/alerts/${alert.id}`, { seenAt: null }),
      api(server.url, sessions.admin, 'DELETE', `/alerts/${alert.id}`),
    ])
    expect(rest.map((answer) => answer.status)).toEqual([403, 403, 403])
  })

  it('answers REST lists as the program is read: the clinician their own, admins all', async () => {
    const list = async (actor: (typeof actors)[number]) => {
      const { status, json } = await api(
        server.url,
        sessions[actor],
        'GET',
        '/alerts?limit=100&depth=0',
      )
      return { status, ids: ((json.docs ?? []) as Alert[]).map((doc) => doc.id) }
    }
    expect((await list('anonymous')).status).toBe(403)
    expect((await list('editor')).status).toBe(403)
    expect((await list('clinician')).ids).toContain(alert.id)
    expect((await list('otherClinician')).ids).not.toContain(alert.id)
    expect((await list('admin')).ids).toContain(alert.id)
  })
})

describe("a program's session logs as CSV", () => {
  let program: Program
  let patient: Patient
  beforeAll(async () => {
    ;({ program, patient } = await programWithLogs([
      { day: '2026-12-01', pain: 3, comment: 'Felt "loose", better' },
      { day: '2026-12-02', comment: '=HYPERLINK("http://example.com")' },
      { day: '2026-12-03', pain: 6 },
    ]))
  })

  it('gives the clinician and admins every log, formulas kept as text, and audits the export', async () => {
    const before = await lastAuditId()
    const response = await fetch(`${server.url}/api/programs/${program.id}/session-logs.csv`, {
      headers: { Authorization: `JWT ${sessions.clinician.token}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(response.headers.get('content-disposition')).toContain('attachment')
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('day,routine,pain,comment,logged_at')
    expect(lines).toHaveLength(4)
    expect(lines[1]).toMatch(/^2026-12-01,.+,3,"Felt ""loose"", better",2026-12-01T18:00:00.000Z$/)
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://example.com"")"`)
    expect(lines.join('\n')).not.toContain(patient.name)
    const events = await auditSince(before)
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'export',
        collection: 'programs',
        recordIds: [program.id],
        userId: staff.clinician.id,
      }),
    )
    const admin = await fetch(`${server.url}/api/programs/${program.id}/session-logs.csv`, {
      headers: { Authorization: `JWT ${sessions.admin.token}` },
    })
    expect(admin.status).toBe(200)
  })

  it('is refused to visitors and editors (403) and to another clinician (404)', async () => {
    const statuses = await Promise.all(
      (['anonymous', 'editor', 'otherClinician'] as const).map(
        async (actor) =>
          (
            await api(
              server.url,
              sessions[actor],
              'GET',
              `/programs/${program.id}/session-logs.csv`,
            )
          ).status,
      ),
    )
    expect(statuses).toEqual([403, 403, 404])
  })
})

describe("the clinician's dashboard", () => {
  it("lists a clinician's own unseen alerts, reviews due, unopened sends and last sends; an admin's filter narrows to one clinician", async () => {
    const clinician = await createUser(payload, 'clinician', 'Dr Dash Board')
    const now = new Date(Date.now() + 4 * 86_400_000)
    const { program } = await programWithLogs(
      [...dailyLogs('2026-12-05'), { day: '2026-12-06', pain: 9 }],
      { clinician, reviewDate: new Date(now.getTime() + 2 * 86_400_000).toISOString() },
    )
    const [alert] = await evaluateAlerts(payload, program.id, NOW)
    const { patient } = await payload
      .findByID({ collection: 'programs', id: program.id, depth: 0 })
      .then((doc) => ({ patient: doc.patient as number }))
    await linkTokenForSend(payload, program.id, patient)
    const delivery = await payload.create({
      collection: 'deliveries',
      data: {
        program: program.id,
        patient,
        clinician: clinician.id,
        channel: 'email',
        template: 'home-program',
        idempotencyKey: `dash-${program.id}`,
        status: 'sent',
        sentAt: new Date().toISOString(),
      },
    })
    await recordLinkSent(payload, program.id, patient, delivery.id)

    const own = await dashboardData(await staffReq(clinician), now)
    expect(own.alerts.map((row) => row.id)).toEqual([alert.id])
    expect(own.alerts[0].program.id).toBe(program.id)
    expect(own.dueForReview.map((row) => row.program.id)).toEqual([program.id])
    expect(own.unopened.map((row) => row.program.id)).toEqual([program.id])
    expect(own.lastSends.map((row) => row.program.id)).toEqual([program.id])

    const others = await dashboardData(await staffReq(staff.otherClinician), now)
    expect(others.alerts.map((row) => row.id)).not.toContain(alert.id)

    const adminAll = await dashboardData(await staffReq(staff.admin), now)
    expect(adminAll.alerts.map((row) => row.id)).toContain(alert.id)
    const adminFiltered = await dashboardData(await staffReq(staff.admin), now, {
      clinician: staff.otherClinician.id,
    })
    expect(adminFiltered.alerts.map((row) => row.id)).not.toContain(alert.id)

    await expect(dashboardData(await staffReq(staff.editor), now)).rejects.toMatchObject({
      name: 'Forbidden',
    })
  })
})

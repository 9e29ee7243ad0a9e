import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ParsedMail } from 'mailparser'
import { createLocalReq, type Payload } from 'payload'

import { jobsConfig } from '../../src/delivery/jobsConfig'
import { closeDeliveryMailer } from '../../src/delivery/mailer'
import { workerMayBeAlive } from '../../src/delivery/workerIdentity'
import { stopLinksWhere } from '../../src/patientLinks/links'
import { programPageUrl } from '../../src/patientLinks/linkUrl'
import { erasePatient } from '../../src/patients/erasePatient'
import { startReminderLoop } from '../../src/reminders/reminderLoop'
import { reminderInstant } from '../../src/reminders/schedule'
import { sendDueReminders } from '../../src/reminders/sendDueReminders'
import { unsubscribeToken, unsubscribeUrl } from '../../src/reminders/unsubscribeToken'
import { GET, POST } from '../../src/app/(patient)/unsubscribe/[token]/route'
import { captureOutput } from '../helpers/captureOutput'
import { pause } from '../helpers/delivery'
import { createStaff, uniqueName, type Staff } from '../helpers/fixtures'
import { api, logInEveryone } from '../helpers/http'
import { contentData } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'
import {
  at,
  createRemindedPatient,
  remindersTo,
  sendsOf,
  silence,
  type ReminderSetup,
} from '../helpers/reminders'
import { startRestServer } from '../helpers/restServer'
import { startScript } from '../helpers/script'
import { startSmtpServer, type SmtpServer } from '../helpers/smtpServer'

const SERVER_URL = 'https://clinic.example'

let payload: Payload
let smtp: SmtpServer
let staff: Staff
let routineNames: string[]
let routines: number[]

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  process.env.SERVER_URL = SERVER_URL
  payload = await startPayload()
  await payload.updateGlobal({
    slug: 'clinic-settings',
    data: { name: 'Riverside Clinic', email: 'care@riverside.example', timeZone: 'Europe/Madrid' },
  })
  staff = await createStaff(payload)
  const technique = await payload.create({
    collection: 'techniques',
    data: { ...contentData('techniques'), _status: 'published' },
  })
  const made = []
  for (const [name, purpose] of [
    ['Morning calf roll', 'morning-stiffness'],
    ['Evening wind-down', 'evening-relaxation'],
    ['Flare-up relief', 'flare-up'],
  ] as const) {
    made.push(
      await payload.create({
        collection: 'routines',
        // Unique names: the seeded library (loaded by other files) has an "Evening wind-down".
        data: {
          ...contentData('routines', technique.id),
          name: uniqueName(name),
          purpose,
          _status: 'published',
        },
      }),
    )
  }
  routines = made.map((routine) => routine.id)
  routineNames = made.map((routine) => routine.name)
})

afterAll(async () => {
  delete process.env.SMTP_URL
  delete process.env.SERVER_URL
  closeDeliveryMailer()
  await smtp?.stop()
  await stopPayload(payload)
})

const remind = (setup: Omit<ReminderSetup, 'clinician'>) =>
  createRemindedPatient(payload, { clinician: staff.clinician, routines, ...setup })

/** A header of the message as it arrived, whole (unfolded). */
const header = (mail: ParsedMail, key: string) =>
  mail.headerLines.find((line) => line.key === key)?.line.replace(/\r?\n[ \t]+/g, ' ')

/** One pass of the worker at this instant. */
const passAt = (iso: string) => sendDueReminders(payload, { now: () => at(iso) })

/** Passes every `stepMinutes` from `from` to `to`: the worker's loop under a test clock. */
const walk = async (from: string, to: string, stepMinutes: number) => {
  for (let now = at(from); now <= at(to); now += stepMinutes * 60_000) {
    await sendDueReminders(payload, { now: () => now })
  }
}

describe('when reminders go out', () => {
  it('places a skipped local time at the next valid minute, and a repeated one at its first', () => {
    expect(new Date(reminderInstant('America/New_York', '2026-03-08', '02:30')).toISOString()).toBe(
      '2026-03-08T07:00:00.000Z',
    )
    expect(new Date(reminderInstant('America/New_York', '2026-11-01', '01:30')).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    )
    expect(new Date(reminderInstant('Europe/Madrid', '2026-03-29', '02:30')).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    )
    expect(new Date(reminderInstant('Europe/Madrid', '2026-10-25', '02:30')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    )
  })

  it("sends on the program's practice days but the quiet ones, at the patient's local time, across Madrid's spring change", async () => {
    // The clinic's zone (Europe/Madrid) applies: the patient has none of their own.
    const reminded = await remind({
      time: '18:00',
      practiceDays: ['mon', 'wed', 'fri', 'sun'],
      quietDays: ['sun'],
    })
    // Friday 27 March to Tuesday 31 March 2026; clocks go forward on Sunday 29.
    await walk('2026-03-27T00:00:00Z', '2026-03-31T23:00:00Z', 60)
    const sends = await sendsOf(payload, reminded.patient)
    expect(sends.map((send) => [send.day, send.status, send.sentAt])).toEqual([
      ['2026-03-27', 'sent', '2026-03-27T17:00:00.000Z'], // 18:00 CET
      ['2026-03-30', 'sent', '2026-03-30T16:00:00.000Z'], // 18:00 CEST
    ])
    expect(remindersTo(smtp.received, reminded.patient)).toHaveLength(2)
    await silence(payload, reminded)
  })

  it("follows the patient's own time zone across New York's fall change, every day, once", async () => {
    const reminded = await remind({ timeZone: 'America/New_York', time: '07:15' })
    // Saturday 31 October to Monday 2 November 2026; clocks go back on Sunday 1.
    await walk('2026-10-31T00:00:00Z', '2026-11-02T23:45:00Z', 15)
    const sends = await sendsOf(payload, reminded.patient)
    expect(sends.map((send) => [send.day, send.sentAt])).toEqual([
      ['2026-10-31', '2026-10-31T11:15:00.000Z'], // EDT
      ['2026-11-01', '2026-11-01T12:15:00.000Z'], // EST
      ['2026-11-02', '2026-11-02T12:15:00.000Z'],
    ])
    expect(remindersTo(smtp.received, reminded.patient)).toHaveLength(3)
    await silence(payload, reminded)
  })

  it('sends a time skipped by spring forward at the next valid minute (New York and Madrid)', async () => {
    const newYork = await remind({ timeZone: 'America/New_York', time: '02:30' })
    const madrid = await remind({ timeZone: 'Europe/Madrid', time: '02:30' })
    await passAt('2026-03-08T06:59:00Z') // 01:59 EST: not yet
    expect(remindersTo(smtp.received, newYork.patient)).toHaveLength(0)
    await passAt('2026-03-08T07:00:00Z') // 03:00 EDT, the first minute after the gap
    expect(remindersTo(smtp.received, newYork.patient)).toHaveLength(1)
    await passAt('2026-03-29T00:59:00Z') // 01:59 CET
    expect(remindersTo(smtp.received, madrid.patient)).toHaveLength(0)
    await passAt('2026-03-29T01:00:00Z') // 03:00 CEST
    expect(remindersTo(smtp.received, madrid.patient)).toHaveLength(1)
    expect((await sendsOf(payload, newYork.patient)).map((send) => send.day)).toEqual([
      '2026-03-08',
    ])
    expect((await sendsOf(payload, madrid.patient)).map((send) => send.day)).toEqual(['2026-03-29'])
    await silence(payload, newYork, madrid)
  })

  it('sends a time repeated by fall back once (New York and Madrid)', async () => {
    const newYork = await remind({ timeZone: 'America/New_York', time: '01:30' })
    const madrid = await remind({ timeZone: 'Europe/Madrid', time: '02:30' })
    for (const iso of [
      '2026-10-25T00:29:00Z',
      '2026-10-25T00:30:00Z', // 02:30 CEST
      '2026-10-25T01:30:00Z', // 02:30 CET, the same local time again
      '2026-10-25T02:00:00Z',
      '2026-11-01T05:30:00Z', // 01:30 EDT
      '2026-11-01T06:30:00Z', // 01:30 EST
      '2026-11-01T07:00:00Z',
    ]) {
      await passAt(iso)
    }
    expect(remindersTo(smtp.received, madrid.patient)).toHaveLength(1)
    expect(remindersTo(smtp.received, newYork.patient)).toHaveLength(1)
    expect((await sendsOf(payload, madrid.patient))[0].sentAt).toBe('2026-10-25T00:30:00.000Z')
    expect((await sendsOf(payload, newYork.patient))[0].sentAt).toBe('2026-11-01T05:30:00.000Z')
    await silence(payload, newYork, madrid)
  })

  it('does not send hours late, nor again when the clock is set back', async () => {
    const reminded = await remind({ time: '09:00' })
    await passAt('2026-05-04T12:00:00Z') // 14:00 in Madrid: five hours after 09:00, skipped
    expect(remindersTo(smtp.received, reminded.patient)).toHaveLength(0)
    await passAt('2026-05-05T07:05:00Z') // 09:05
    await passAt('2026-05-05T07:01:00Z') // the clock set back four minutes
    await passAt('2026-05-05T07:30:00Z')
    expect(remindersTo(smtp.received, reminded.patient)).toHaveLength(1)
    await silence(payload, reminded)
  })
})

describe('the loops the app runs', () => {
  it("start with the app when it runs jobs itself, send what is due now, and are stopped with Payload's own runs", async () => {
    const before = process.env.JOBS_AUTORUN
    delete process.env.JOBS_AUTORUN
    const config = jobsConfig()
    process.env.JOBS_AUTORUN = before
    expect(typeof config?.autoRun).toBe('function')
    // Due this very minute by the real clock, in UTC.
    const time = new Date().toISOString().slice(11, 16)
    const reminded = await remind({ timeZone: 'UTC', time })
    const cronsBefore = payload.crons.length
    const autoRun = config!.autoRun as (payload: Payload) => Promise<unknown[]>
    const crons = await autoRun(payload)
    expect(crons).toHaveLength(1) // the delivery queue's run, as before
    // The reminder loop and the adherence loop, each stopped as Payload stops its runs.
    expect(payload.crons).toHaveLength(cronsBefore + 2)
    const stoppers = payload.crons.splice(cronsBefore, 2)
    try {
      for (
        let waited = 0;
        remindersTo(smtp.received, reminded.patient).length === 0;
        waited += 50
      ) {
        expect(waited).toBeLessThan(20_000)
        await pause(50)
      }
    } finally {
      stoppers.forEach((stopper) => stopper.stop())
    }
    expect(remindersTo(smtp.received, reminded.patient)).toHaveLength(1)
    await silence(payload, reminded)
  })
})

describe('who gets no reminder', () => {
  it('nobody without email consent, with a stopped link, with a program not ready or active, archived, or with reminders off', async () => {
    const control = await remind({ time: '10:00' })
    const noConsent = await remind({ time: '10:00', emailConsent: false })
    const stopped = await remind({ time: '10:00' })
    await stopLinksWhere(payload, { program: { equals: stopped.program.id } }, 'stopped-by-staff')
    const completed = await remind({ time: '10:00', status: 'completed' })
    const draft = await remind({ time: '10:00', status: 'draft' })
    const ready = await remind({ time: '10:00', status: 'ready' })
    const off = await remind({ time: '10:00', email: false })
    const archived = await remind({ time: '10:00' })
    await payload.update({
      collection: 'patients',
      id: archived.patient.id,
      data: { status: 'archived' },
    })
    await passAt('2026-06-10T08:00:00Z') // 10:00 in Madrid
    const got = (one: typeof control) => remindersTo(smtp.received, one.patient).length
    expect(got(control)).toBe(1)
    expect(got(ready)).toBe(1) // ready is sendable, as deliveries are
    for (const one of [noConsent, stopped, completed, draft, off, archived]) {
      expect(got(one)).toBe(0)
      expect(await sendsOf(payload, one.patient)).toHaveLength(0)
    }
    await silence(payload, control, noConsent, stopped, completed, draft, ready, off, archived)
  })
})

describe('exactly once', () => {
  it('two workers at once, and two loops, send each patient one reminder', async () => {
    const many = []
    for (let i = 0; i < 24; i += 1) {
      many.push(await remind({ time: '11:00' }))
    }
    const now = () => at('2026-06-11T09:00:30Z')
    await Promise.all([
      sendDueReminders(payload, { now, worker: 'worker-a' }),
      sendDueReminders(payload, { now, worker: 'worker-b' }),
    ])
    const loops = [
      startReminderLoop(payload, { now, everyMs: 20 }),
      startReminderLoop(payload, { now, everyMs: 20 }),
    ]
    await pause(800)
    await Promise.all(loops.map((loop) => loop.stop()))
    for (const one of many) {
      expect(remindersTo(smtp.received, one.patient)).toHaveLength(1)
      expect((await sendsOf(payload, one.patient)).map((send) => send.status)).toEqual(['sent'])
    }
    await silence(payload, ...many)
  })

  it('a worker killed mid-run: the next one sends the rest, nothing twice', async () => {
    const many = []
    for (let i = 0; i < 20; i += 1) {
      many.push(await remind({ time: '12:00' }))
    }
    // The mail server takes its time, so the worker is killed with messages in flight.
    const slow = await startSmtpServer({ beforeAccepting: async () => void (await pause(400)) })
    const worker = startScript('test/helpers/reminderWorker.ts', ['2026-06-12T10:00:10Z'], {
      SMTP_URL: slow.url,
    })
    await worker.printed('Reminder worker started.')
    while (slow.received.length < 3) {
      await pause(20)
    }
    await worker.kill()
    const arrivedBeforeKill = slow.received.length
    // The script's own process (tsx's child) is gone a moment after the one killed first.
    const claims = (await Promise.all(many.map((one) => sendsOf(payload, one.patient)))).flat()
    const killedWorker = claims.find((send) => send.claimedBy)?.claimedBy
    expect(killedWorker).toBeTruthy()
    while (workerMayBeAlive(killedWorker!)) {
      await pause(20)
    }
    process.env.SMTP_URL = slow.url
    closeDeliveryMailer()
    try {
      const result = await sendDueReminders(payload, { now: () => at('2026-06-12T10:01:00Z') })
      expect(result.sent).toBeGreaterThan(0)
    } finally {
      process.env.SMTP_URL = smtp.url
      closeDeliveryMailer()
      await slow.stop()
    }
    let unconfirmed = 0
    for (const one of many) {
      const messages = remindersTo(slow.received, one.patient)
      const [send] = await sendsOf(payload, one.patient)
      expect(messages.length).toBeLessThanOrEqual(1)
      expect(['sent', 'unconfirmed']).toContain(send.status)
      if (send.status === 'sent') {
        expect(messages).toHaveLength(1)
        expect(messages[0].messageId).toBe(send.messageId)
      } else {
        unconfirmed += 1
      }
    }
    // The killed worker handed its reminders over 8 at a time (2 × its concurrency of 4): at
    // most those 8 are left unconfirmed, and at least those that arrived without a 250 reply.
    expect(unconfirmed).toBeGreaterThan(0)
    expect(unconfirmed).toBeLessThanOrEqual(8)
    expect(slow.received.length).toBeGreaterThan(arrivedBeforeKill)
    await silence(payload, ...many)
  })
})

describe('the reminder email', () => {
  it("is short, names today's routines, links to the patient's page, and can be stopped in one click", async () => {
    const reminded = await remind({ time: '13:00', name: 'Marisol Quintana-Reyes' })
    const output = await captureOutput(() => passAt('2026-06-13T11:00:00Z'), {
      logger: payload.logger,
    })
    const [mail] = remindersTo(smtp.received, reminded.patient)
    expect(mail.subject).toBe('Your home program today · Riverside Clinic')
    expect(mail.from?.value[0]).toEqual({
      name: 'Riverside Clinic',
      address: 'care@riverside.example',
    })
    expect(mail.text).toContain('Hi Marisol,')
    expect(mail.text).not.toContain('Quintana')
    expect(mail.text).toContain(routineNames[0])
    expect(mail.text).toContain(routineNames[1])
    expect(mail.text).not.toContain(routineNames[2]) // a flare-up routine is not a plan for today
    expect(mail.html).toContain(`href="${programPageUrl(reminded.token)}"`)
    expect(mail.html).toContain('Open your program')
    const target = { program: reminded.program.id, patient: reminded.patient.id }
    expect(header(mail, 'list-unsubscribe')).toBe(`List-Unsubscribe: <${unsubscribeUrl(target)}>`)
    expect(unsubscribeUrl(target).startsWith(`${SERVER_URL}/unsubscribe/`)).toBe(true)
    expect(header(mail, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    )
    expect(header(mail, 'list-id')).toBe(
      'List-ID: "Riverside Clinic reminders" <reminders.riverside.example>',
    )
    // Nothing of the patient in what the worker printed or logged.
    expect(output).not.toContain('Marisol')
    expect(output).not.toContain(reminded.patient.email!)
    await silence(payload, reminded)
  })

  it('is in Spanish for a patient who reads Spanish', async () => {
    const reminded = await remind({ time: '14:00', name: 'Lucía Gómez', language: 'es' })
    await passAt('2026-06-14T12:00:00Z')
    const [mail] = remindersTo(smtp.received, reminded.patient)
    expect(mail.subject).toBe('Tu programa en casa de hoy · Riverside Clinic')
    expect(mail.text).toContain('Hola, Lucía:')
    await silence(payload, reminded)
  })
})

describe('unsubscribing', () => {
  const page = (token: string, init: RequestInit = {}) =>
    (init.method === 'POST' ? POST : GET)(new Request(`${SERVER_URL}/unsubscribe/${token}`, init), {
      params: Promise.resolve({ token }),
    })
  const emailOn = async (reminded: { preference: { id: number } }) =>
    (await payload.findByID({ collection: 'reminder-preferences', id: reminded.preference.id }))
      .email

  it('GET shows a button and changes nothing; POST stops reminders at once, and again answers 200', async () => {
    const reminded = await remind({ time: '15:00' })
    const token = unsubscribeToken({ program: reminded.program.id, patient: reminded.patient.id })
    const shown = await page(token)
    expect(shown.status).toBe(200)
    const html = await shown.text()
    expect(html).toContain('<form method="post">')
    expect(html).toContain('Stop reminder emails</button>')
    expect(shown.headers.get('content-security-policy')).toContain("form-action 'self'")
    expect(shown.headers.get('cache-control')).toBe('no-store')
    expect(shown.headers.get('referrer-policy')).toBe('no-referrer')
    expect(await emailOn(reminded)).toBe(true)

    const posted = await page(token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(posted.status).toBe(200)
    expect(await posted.text()).toContain('Reminder emails stopped')
    expect(await emailOn(reminded)).toBe(false)
    await passAt('2026-06-15T13:00:00Z')
    expect(remindersTo(smtp.received, reminded.patient)).toHaveLength(0)

    const again = await page(token, { method: 'POST' })
    expect(again.status).toBe(200)
    expect(await emailOn(reminded)).toBe(false)
  })

  it("works from the mail client's one-click POST, over HTTP with no cookies, from the link in the email", async () => {
    const reminded = await remind({ time: '16:00' })
    await passAt('2026-06-16T14:00:00Z')
    const [mail] = remindersTo(smtp.received, reminded.patient)
    const token = /\/unsubscribe\/([^>]+)>/.exec(header(mail, 'list-unsubscribe') ?? '')![1]
    const response = await page(token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(response.status).toBe(200)
    expect(await emailOn(reminded)).toBe(false)
    await passAt('2026-06-17T14:00:00Z')
    expect(remindersTo(smtp.received, reminded.patient)).toHaveLength(1)
  })

  it('refuses forged tokens with 404 and changes nothing', async () => {
    const reminded = await remind({ time: '17:00' })
    const other = await remind({ time: '17:00' })
    const real = unsubscribeToken({ program: reminded.program.id, patient: reminded.patient.id })
    const mac = real.split('.')[2]
    for (const forged of [
      `${other.program.id}.${other.patient.id}.${mac}`, // another patient's ids, this one's signature
      `${reminded.program.id}.${reminded.patient.id}.${'A'.repeat(43)}`,
      'nonsense',
      `${reminded.program.id}.${reminded.patient.id}`,
    ]) {
      expect((await page(forged, { method: 'POST' })).status).toBe(404)
      expect((await page(forged)).status).toBe(404)
    }
    expect(await emailOn(reminded)).toBe(true)
    expect(await emailOn(other)).toBe(true)
    await silence(payload, reminded, other)
  })
})

describe("erasing a patient's data", () => {
  it('deletes their reminder sends, and only theirs', async () => {
    const erased = await remind({ time: '20:00' })
    const kept = await remind({ time: '20:00' })
    await passAt('2026-06-20T18:00:00Z')
    await silence(payload, erased, kept)
    expect(await sendsOf(payload, erased.patient)).toHaveLength(1)
    const req = await createLocalReq({}, payload)
    await erasePatient(req, erased.patient.id)
    expect(await sendsOf(payload, erased.patient)).toHaveLength(0)
    expect(await sendsOf(payload, kept.patient)).toHaveLength(1)
  })
})

describe('who may read reminder sends', () => {
  it('admins all, clinicians their own patients, editors and visitors none; nobody writes over REST', async () => {
    const own = await remind({ time: '19:00' })
    const theirs = await createRemindedPatient(payload, {
      clinician: staff.otherClinician,
      routines,
      time: '19:00',
    })
    await passAt('2026-06-18T17:00:00Z')
    await silence(payload, own, theirs)
    const [send] = await sendsOf(payload, own.patient)
    const idsFor = async (user: Staff[keyof Staff]) =>
      (
        await payload.find({
          collection: 'reminder-sends',
          overrideAccess: false,
          user,
          where: { patient: { in: [own.patient.id, theirs.patient.id] } },
          depth: 0,
        })
      ).docs.map((doc) => doc.patient)
    expect((await idsFor(staff.admin)).sort()).toEqual([own.patient.id, theirs.patient.id].sort())
    expect(await idsFor(staff.clinician)).toEqual([own.patient.id])
    expect(await idsFor(staff.otherClinician)).toEqual([theirs.patient.id])
    await expect(idsFor(staff.editor)).rejects.toThrow(/not allowed/i)
    await expect(
      payload.find({ collection: 'reminder-sends', overrideAccess: false, depth: 0 }),
    ).rejects.toThrow(/not allowed/i)

    const server = await startRestServer()
    try {
      const sessions = await logInEveryone(server.url, staff)
      expect(
        (await api(server.url, sessions.clinician, 'GET', `/reminder-sends/${send.id}`)).status,
      ).toBe(200)
      expect(
        (await api(server.url, sessions.otherClinician, 'GET', `/reminder-sends/${send.id}`))
          .status,
      ).toBe(404)
      expect((await api(server.url, sessions.editor, 'GET', '/reminder-sends')).status).toBe(403)
      expect((await api(server.url, sessions.anonymous, 'GET', '/reminder-sends')).status).toBe(403)
      for (const session of [sessions.admin, sessions.clinician]) {
        const create = await api(server.url, session, 'POST', '/reminder-sends', {
          program: own.program.id,
          patient: own.patient.id,
          day: '2026-06-19',
          kind: 'session',
          status: 'sent',
          dueAt: '2026-06-19T17:00:00.000Z',
        })
        expect(create.status).toBe(403)
        expect(
          (
            await api(server.url, session, 'PATCH', `/reminder-sends/${send.id}`, {
              status: 'failed',
            })
          ).status,
        ).toBe(403)
        expect(
          (await api(server.url, session, 'DELETE', `/reminder-sends/${send.id}`)).status,
        ).toBe(403)
      }
      const after = await sendsOf(payload, own.patient)
      expect(after.map((one) => one.status)).toEqual(['sent'])
    } finally {
      await server.stop()
    }
  })
})

describe('`npm run jobs`, the worker a clinic runs beside the app', () => {
  it('sends a reminder due now on the real clock, once, from its own reminder loop', async () => {
    // Due a minute ago in UTC (within the late limit, whatever the hour), on a program that
    // started a week ago and is practised every day.
    const minuteAgo = new Date(Date.now() - 60_000).toISOString().slice(11, 16)
    const reminded = await remind({ timeZone: 'UTC', time: minuteAgo })
    await payload.update({
      collection: 'programs',
      id: reminded.program.id,
      data: { startDate: new Date(Date.now() - 7 * 24 * 60 * 60 * 1000).toISOString() },
    })
    try {
      for (let run = 0; run < 2; run += 1) {
        const jobs = startScript('src/cli/jobs.ts', ['--until-idle'], { SMTP_URL: smtp.url })
        expect(await jobs.exited).toBe(0)
      }
      expect(remindersTo(smtp.received, reminded.patient)).toHaveLength(1)
      expect((await sendsOf(payload, reminded.patient)).map((send) => send.status)).toEqual([
        'sent',
      ])
    } finally {
      await silence(payload, reminded)
    }
  })
})

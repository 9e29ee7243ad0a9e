import { randomBytes } from 'node:crypto'

import { afterEach, describe, expect, it } from '@jest/globals'

import { linkClock } from '../../src/patientLinks/clock'
import { writeOpens } from '../../src/patientPage/opens'
import { RATE_LIMIT_SCHEMA } from '../../src/patientPage/rateLimit'
import type { Patient, Program } from '../../src/payload-types'
import { captureOutput } from '../helpers/captureOutput'
import type { Actor } from '../helpers/fixtures'
import { programLinkIn, visibleText } from '../helpers/patientPage'
import { usePatientPageWorld } from '../helpers/patientPageWorld'
import { statementsDuring } from '../helpers/statements'

const world = usePatientPageWorld()
const { asClinician, callAs, emailableProgram, send } = world

const DAY_MS = 24 * 60 * 60 * 1000

/** Noon (UTC) on the Monday after the real today: a week the tests set the clock to. */
const nextMonday = () => {
  const now = new Date()
  const days = ((8 - now.getUTCDay()) % 7) + 7
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, 12))
}
const dayOf = (date: Date) => date.toISOString().slice(0, 10)

const page = async (link: string) => {
  const response = await fetch(link, { redirect: 'manual' })
  const html = await response.text()
  return { status: response.status, html, text: visibleText(html), headers: response.headers }
}

type Fields = Record<string, string | string[]>

const formBody = (fields: Fields) => {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) {
    ;(Array.isArray(value) ? value : [value]).forEach((one) => body.append(name, one))
  }
  return body.toString()
}

/** A form post as the browser makes it (no script), or as the page's script makes it (`json`). */
const post = async (
  url: string,
  fields: Fields | string,
  { json = false, headers = {} as Record<string, string> } = {},
) => {
  const response = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(json ? { Accept: 'application/json' } : {}),
      ...headers,
    },
    body: typeof fields === 'string' ? fields : formBody(fields),
  })
  const text = await response.text()
  return {
    status: response.status,
    location: response.headers.get('location'),
    text,
    json: json && text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  }
}

const routinesOn = (html: string) =>
  [...html.matchAll(/name="routine" value="(\d+)"/g)].map((match) => Number(match[1]))

const logsOf = async (programId: number) =>
  (
    await world.payload.find({
      collection: 'session-logs',
      where: { program: { equals: programId } },
      depth: 0,
      pagination: false,
      sort: 'day',
    })
  ).docs

const routineBySlug = async (slug: string) =>
  (await world.payload.find({ collection: 'routines', where: { slug: { equals: slug } } })).docs[0]

/** A back-pain program sent to a new patient, its link, and the routines its page offers. */
const sentProgram = async (
  patientData: Partial<Patient> = {},
  programData: Partial<Program> = {},
) => {
  const { patient, program } = await emailableProgram({
    conditions: [world.backPain.id],
    patient: patientData,
  })
  if (Object.keys(programData).length) {
    await world.payload.update({
      collection: 'programs',
      id: program.id,
      data: programData,
      depth: 0,
    })
  }
  const link = programLinkIn(await send(program, patient))
  const routines = routinesOn((await page(link)).html)
  return { patient, program, link, routines }
}

afterEach(() => {
  linkClock.reset()
  process.env.PATIENT_LINK_LOOKUPS_PER_MINUTE = '100000'
  delete process.env.PATIENT_LINK_SAVES_PER_MINUTE
})

describe('"Done" on the patient\'s page', () => {
  it('logs a routine with a pain score and a note by a plain form post, and the page shows it', async () => {
    const { program, link, routines } = await sentProgram()
    expect(routines.length).toBeGreaterThan(0)
    const [routine] = routines
    const before = await page(link)
    expect(before.text).toContain('Not done yet today')
    // A card per routine of the program, in the order of the handout's plan.
    const { docs } = await world.payload.find({
      collection: 'routines',
      where: { id: { in: routines } },
      pagination: false,
    })
    const names = new Map(docs.map((doc) => [doc.id, doc.name]))
    const planOrder = [...before.html.matchAll(/<h3>([^<]+)<\/h3>/g)].flatMap(([, heading]) =>
      routines.filter(
        (id) => heading === names.get(id) || heading.startsWith(`${names.get(id)}, `),
      ),
    )
    expect(planOrder).toEqual(routines)
    expect(before.html).toContain(`action="${new URL(link).pathname}/log"`)

    const done = await post(`${link}/log`, {
      routine: String(routine),
      action: 'done',
      pain: '8',
      comment: 'Tight after the drive',
    })
    expect(done.status).toBe(303)
    expect(done.location).toBe(`${new URL(link).pathname}#routine-${routine}`)

    const after = await page(link)
    expect(after.text).toContain('Done today, pain 8 of 10')
    expect(after.html).toContain('>Tight after the drive</textarea>')
    expect(after.html).toMatch(/<input type="radio" name="pain" value="8" checked>/)
    const logs = await logsOf(program.id)
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({
      pain: 8,
      comment: 'Tight after the drive',
      day: dayOf(new Date()),
    })
  })

  it('keeps one log per routine and day: a second "Done" updates it, a replayed post changes nothing, "Undo" removes it', async () => {
    const { program, link, routines } = await sentProgram()
    const routine = String(routines[0])
    await post(`${link}/log`, { routine, action: 'done', pain: '6', comment: 'First try' })
    const second = { routine, action: 'done', pain: '3', comment: 'Better later on' }
    expect((await post(`${link}/log`, second)).status).toBe(303)
    expect((await post(`${link}/log`, second)).status).toBe(303)
    const logs = await logsOf(program.id)
    expect(logs).toHaveLength(1)
    expect(logs[0]).toMatchObject({ pain: 3, comment: 'Better later on' })
    expect((await page(link)).text).toContain('Done today, pain 3 of 10')

    // Ten taps at once still leave one log.
    await Promise.all(
      Array.from({ length: 10 }, () =>
        post(`${link}/log`, { routine: String(routines[1] ?? routine), action: 'done' }),
      ),
    )
    expect(await logsOf(program.id)).toHaveLength(routines[1] ? 2 : 1)

    const undo = await post(`${link}/log`, { routine, action: 'undo' })
    expect(undo.status).toBe(303)
    expect((await logsOf(program.id)).filter((log) => String(log.routine) === routine)).toEqual([])
    expect((await page(link)).text).toContain('Not done yet today')
    // Undoing again is harmless.
    expect((await post(`${link}/log`, { routine, action: 'undo' })).status).toBe(303)
  })

  it("answers the page's script with the changed parts instead of a redirect (no reload)", async () => {
    const { link, routines } = await sentProgram()
    const routine = routines[0]
    const answer = await post(
      `${link}/log`,
      { routine: String(routine), action: 'done', pain: '', comment: '' },
      { json: true },
    )
    expect(answer.status).toBe(200)
    const { message, fragments, focus } = answer.json as {
      message: string
      fragments: string[]
      focus: string
    }
    expect(message).toMatch(/^Saved: .+, done today\.$/)
    expect(fragments[0]).toContain(`id="routine-${routine}"`)
    expect(visibleText(fragments[0])).toContain('Done today')
    expect(visibleText(fragments[1])).toMatch(/\d+ of \d+ sessions? this week/)
    expect(focus).toBe(`routine-${routine}-status`)

    const undone = await post(
      `${link}/log`,
      { routine: String(routine), action: 'undo' },
      { json: true },
    )
    expect(undone.status).toBe(200)
    expect(visibleText((undone.json!.fragments as string[])[0])).toContain('Not done yet today')
  })

  it("judges the day in the patient's own time zone, else the clinic's", async () => {
    const monday = nextMonday()
    // 03:00 UTC on Tuesday: still Monday evening in New York, Tuesday in London (the clinic's).
    linkClock.set(() => new Date(monday.getTime() + DAY_MS - 9 * 60 * 60 * 1000))
    const newYork = await sentProgram({ timeZone: 'America/New_York' })
    const london = await sentProgram()
    for (const { link, routines } of [newYork, london]) {
      await post(`${link}/log`, { routine: String(routines[0]), action: 'done' })
    }
    expect((await logsOf(newYork.program.id))[0].day).toBe(dayOf(monday))
    expect((await logsOf(london.program.id))[0].day).toBe(
      dayOf(new Date(monday.getTime() + DAY_MS)),
    )
  })

  it('shows the routine\'s last note beside it the next time, and the week as "2 of 3 sessions"', async () => {
    const monday = nextMonday()
    const daily = await routineBySlug('daily-maintenance')
    linkClock.set(() => monday)
    const { link, routines } = await sentProgram(
      {},
      {
        routines: [daily.id],
        practiceDays: ['mon', 'wed', 'fri'],
        startDate: monday.toISOString(),
      },
    )
    expect(routines).toEqual([daily.id])
    const first = await page(link)
    expect(first.text).toContain('0 of 3 sessions this week')
    expect(first.text).toContain('Monday: 0 done, 1 planned')
    expect(first.text).toContain('Tuesday: 0 done, 0 planned')

    await post(`${link}/log`, {
      routine: String(daily.id),
      action: 'done',
      pain: '4',
      comment: 'Left hip sore on the stairs',
    })
    linkClock.set(() => new Date(monday.getTime() + 2 * DAY_MS))
    const wednesday = await page(link)
    expect(wednesday.text).toContain('Not done yet today')
    expect(wednesday.text).toMatch(/Your note from .+: Left hip sore on the stairs/)
    expect(wednesday.text).toContain('1 of 3 sessions this week')

    await post(`${link}/log`, { routine: String(daily.id), action: 'done' })
    const later = await page(link)
    expect(later.text).toContain('2 of 3 sessions this week')
    expect(later.text).toContain('Wednesday: 1 done, 1 planned')
    // The chart needs no script: a dot per session, done or still planned.
    expect(later.html.match(/class="dot done"/g)?.length).toBe(2 + 1)
    expect(later.html.match(/class="dot open"/g)?.length).toBe(1 + 1)

    // The next week starts again from nothing.
    linkClock.set(() => new Date(monday.getTime() + 7 * DAY_MS))
    expect((await page(link)).text).toContain('0 of 3 sessions this week')
  })

  it('answers with the same strict CSP, allowing only its own hashed script and its own forms', async () => {
    const { link } = await sentProgram()
    const response = await page(link)
    const csp = response.headers.get('content-security-policy')!
    expect(csp).toContain("default-src 'none'")
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/)
    expect(csp).toContain("form-action 'self'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
    expect(response.html.match(/<script>/g)).toHaveLength(1)
  })
})

describe("A page view's cost", () => {
  it("reads the link and all of the patient's own part in two statements, whatever they logged", async () => {
    const monday = nextMonday()
    const daily = await routineBySlug('daily-maintenance')
    linkClock.set(() => monday)
    const { link } = await sentProgram(
      {},
      {
        routines: [daily.id],
        practiceDays: ['mon', 'wed', 'fri'],
        startDate: monday.toISOString(),
      },
    )
    const routine = String(daily.id)
    await post(`${link}/log`, { routine, action: 'done', pain: '3', comment: 'Stiff at first' })
    linkClock.set(() => new Date(monday.getTime() + 2 * DAY_MS))
    // A later log without a note: the last note stays Monday's.
    await post(`${link}/log`, { routine, action: 'done' })
    await post(`${link}/reminders`, { email: 'on', time: '07:30', quietDays: ['sat', 'sun'] })
    linkClock.set(() => new Date(monday.getTime() + 4 * DAY_MS))
    // Once a minute at most: the delivery, its routines and the clinic's time zone.
    await page(link)
    await writeOpens(world.payload)

    const { result: friday, statements } = await statementsDuring(() => page(link))
    expect(friday.text).toContain('2 of 3 sessions this week')
    expect(friday.text).toContain('Friday: 0 done, 1 planned')
    expect(friday.text).toMatch(/Your note from .+: Stiff at first/)
    expect(friday.text).toContain(
      'Email reminders are on, at 07:30, except on Saturday and Sunday.',
    )
    // The lookup limit's count is its own write (src/patientPage/rateLimit.ts).
    const reads = statements.filter((text) => !text.includes(RATE_LIMIT_SCHEMA))
    expect(reads).toHaveLength(2)
  })
})

describe('Refused saves', () => {
  it('refuses bad pain scores, notes, routines and forms with a 4xx and a message, never a 500', async () => {
    const { program, link, routines } = await sentProgram()
    const { routines: othersRoutines, link: otherLink } = await sentProgram()
    const routine = String(routines[0])
    const notOnPage = await world.payload.find({
      collection: 'routines',
      where: { id: { not_in: routines } },
      limit: 1,
    })
    const cases: Array<[string, Fields | string, number, RegExp]> = [
      ['pain 11', { routine, action: 'done', pain: '11' }, 422, /Pain is a whole number from 0/],
      ['pain −1', { routine, action: 'done', pain: '-1' }, 422, /Pain is a whole number/],
      ['pain 7.5', { routine, action: 'done', pain: '7.5' }, 422, /Pain is a whole number/],
      ['pain abc', { routine, action: 'done', pain: 'abc' }, 422, /Pain is a whole number/],
      ['pain twice', { routine, action: 'done', pain: ['3', '4'] }, 400, /more than once/],
      [
        'a 501-character note',
        { routine, action: 'done', comment: 'x'.repeat(501) },
        422,
        /at most 500 characters/,
      ],
      ['a routine that is not an id', { routine: 'abc', action: 'done' }, 400, /by its number/],
      ['a routine id too large', { routine: '99999999999', action: 'done' }, 400, /by its number/],
      ['no routine', { action: 'done' }, 400, /by its number/],
      [
        "another program's routine",
        { routine: String(notOnPage.docs[0].id), action: 'done' },
        422,
        /not part of your program/,
      ],
      ['no action', { routine }, 400, /"done" or "undo"/],
    ]
    for (const [name, fields, status, message] of cases) {
      const answer = await post(`${link}/log`, fields)
      expect([name, answer.status]).toEqual([name, status])
      expect(visibleText(answer.text)).toMatch(message)
      expect(visibleText(answer.text)).toContain('Back to your program')
      const scripted = await post(`${link}/log`, fields, { json: true })
      expect([name, scripted.status]).toEqual([name, status])
      expect((scripted.json!.errors as Array<{ message: string }>)[0].message).toMatch(message)
    }
    // Another patient's routine ids are refused unless this program has the same routine.
    const foreign = othersRoutines.find((id) => !routines.includes(id))
    if (foreign) {
      expect((await post(`${link}/log`, { routine: String(foreign), action: 'done' })).status).toBe(
        422,
      )
    }
    expect((await post(`${otherLink}/log`, { routine, action: 'done' })).status).toBe(
      othersRoutines.includes(Number(routine)) ? 303 : 422,
    )
    const json = await post(`${link}/log`, JSON.stringify({ routine, action: 'done' }), {
      headers: { 'Content-Type': 'application/json' },
    })
    expect(json.status).toBe(415)
    expect(await logsOf(program.id)).toEqual([])
  })

  it('refuses a 1 MB note before reading it, with or without its length given', async () => {
    const { program, link, routines } = await sentProgram()
    const huge = formBody({
      routine: String(routines[0]),
      action: 'done',
      comment: 'x'.repeat(1024 * 1024),
    })
    const declared = await post(`${link}/log`, huge)
    expect(declared.status).toBe(413)
    expect(visibleText(declared.text)).toMatch(/too large/)

    // Sent in chunks with no length: cut off as soon as it passes the limit.
    const chunks = Array.from({ length: 64 }, () => new TextEncoder().encode('x'.repeat(16 * 1024)))
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`routine=${routines[0]}&action=done&comment=`))
        chunks.forEach((chunk) => controller.enqueue(chunk))
        controller.close()
      },
    })
    const chunked = await fetch(`${link}/log`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: stream,
      duplex: 'half',
    } as RequestInit).catch((error: Error) => error)
    if (!(chunked instanceof Error)) {
      expect(chunked.status).toBe(413)
    }
    expect(await logsOf(program.id)).toEqual([])
  })

  it('refuses forged, stopped, expired and moved links with the not-found answer', async () => {
    const forged = `${world.server.url}/p/${randomBytes(32).toString('base64url')}`
    const routine = String((await routineBySlug('daily-maintenance')).id)
    expect((await post(`${forged}/log`, { routine, action: 'done' })).status).toBe(404)
    const scripted = await post(`${forged}/log`, { routine, action: 'done' }, { json: true })
    expect(scripted.status).toBe(404)
    expect((scripted.json!.errors as Array<{ message: string }>)[0].message).toMatch(
      /does not open a program/,
    )

    const stopped = await sentProgram()
    expect(
      (await asClinician('POST', `/programs/${stopped.program.id}/patient-link/stop`)).status,
    ).toBe(200)
    const refusedStop = await post(`${stopped.link}/log`, {
      routine: String(stopped.routines[0]),
      action: 'done',
    })
    expect(refusedStop.status).toBe(404)
    expect(visibleText(refusedStop.text)).toContain('Ask your clinic for a new link')
    expect((await post(`${stopped.link}/reminders`, { email: 'off', time: '18:00' })).status).toBe(
      404,
    )

    const expired = await sentProgram()
    linkClock.set(() => new Date(Date.now() + 181 * DAY_MS))
    expect(
      (await post(`${expired.link}/log`, { routine: String(expired.routines[0]), action: 'done' }))
        .status,
    ).toBe(404)
    linkClock.reset()

    const moved = await sentProgram()
    const { patient: newPatient } = await emailableProgram()
    expect(
      (await asClinician('PATCH', `/programs/${moved.program.id}`, { patient: newPatient.id }))
        .status,
    ).toBe(200)
    expect(
      (await post(`${moved.link}/log`, { routine: String(moved.routines[0]), action: 'done' }))
        .status,
    ).toBe(404)
    for (const { program } of [stopped, expired, moved]) {
      expect(await logsOf(program.id)).toEqual([])
    }
    expect((await post(`${expired.link}/other`, { routine, action: 'done' })).status).toBe(404)
  })

  it('answers 1,000 taps a minute from one link with 429 past the limit, and keeps one log', async () => {
    const { program, link, routines } = await sentProgram()
    const statuses: number[] = []
    for (let batch = 0; batch < 20; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          post(`${link}/log`, { routine: String(routines[0]), action: 'done', pain: '5' }),
        ),
      )
      statuses.push(...answers.map((answer) => answer.status))
    }
    const count = (status: number) => statuses.filter((one) => one === status).length
    expect(count(303)).toBe(30)
    expect(count(429)).toBe(970)
    expect(statuses.filter((status) => status >= 500)).toEqual([])
    const limited = await post(`${link}/log`, { routine: String(routines[0]), action: 'done' })
    expect(visibleText(limited.text)).toMatch(/Too many saves from this link/)
    expect(await logsOf(program.id)).toHaveLength(1)
  })

  it('logs nothing of the patient: no name, email, note or pain score', async () => {
    const { patient, link, routines } = await sentProgram()
    const note = `Secret note ${randomBytes(6).toString('hex')}`
    const output = await captureOutput(
      async () => {
        await post(`${link}/log`, {
          routine: String(routines[0]),
          action: 'done',
          pain: '9',
          comment: note,
        })
        await post(`${link}/log`, {
          routine: String(routines[0]),
          action: 'done',
          pain: '12',
          comment: note,
        })
        await post(`${link}/log`, { routine: 'x', action: 'done', comment: note })
        await page(link)
      },
      { logger: world.payload.logger },
    )
    expect(output).not.toContain(note)
    expect(output).not.toContain(patient.name)
    expect(output).not.toContain(patient.email!)
    expect(output).not.toMatch(/pain/i)
  })
})

describe('Reminders the patient chooses', () => {
  it('saves email on, a time and quiet days, shows the choice, and updates it in place', async () => {
    const { program, patient, link } = await sentProgram()
    const before = await page(link)
    expect(before.text).toContain('Email reminders are off.')
    expect(before.html).toContain(`action="${new URL(link).pathname}/reminders"`)

    const saved = await post(`${link}/reminders`, {
      email: 'on',
      time: '07:30',
      quietDays: ['sat', 'sun'],
    })
    expect(saved.status).toBe(303)
    expect(saved.location).toBe(`${new URL(link).pathname}#reminders`)
    const after = await page(link)
    expect(after.text).toContain('Email reminders are on, at 07:30, except on Saturday and Sunday.')
    expect(after.html).toMatch(/name="email" value="on" checked/)
    expect(after.html).toMatch(/name="quietDays" value="sat" checked/)

    const scripted = await post(
      `${link}/reminders`,
      { email: 'on', time: '19:05', quietDays: ['wed'] },
      { json: true },
    )
    expect(scripted.status).toBe(200)
    expect(visibleText((scripted.json!.fragments as string[])[0])).toContain(
      'Email reminders are on, at 19:05, except on Wednesday.',
    )
    const stored = await world.payload.find({
      collection: 'reminder-preferences',
      where: { program: { equals: program.id } },
    })
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0]).toMatchObject({ email: true, time: '19:05', quietDays: ['wed'] })
    expect(stored.docs[0].patient).toMatchObject({ id: patient.id })

    for (const [fields, status, message] of [
      [{ email: 'on', time: '25:00' }, 422, /HH:MM/],
      [{ email: 'on', time: '7pm' }, 422, /HH:MM/],
      [{ email: 'maybe', time: '07:00' }, 400, /"on" or "off"/],
      [{ email: 'on', time: '07:00', quietDays: 'funday' }, 422, /days of the week/],
    ] as const) {
      const answer = await post(`${link}/reminders`, fields as Fields)
      expect(answer.status).toBe(status)
      expect(visibleText(answer.text)).toMatch(message)
    }
    expect(
      (
        await world.payload.find({
          collection: 'reminder-preferences',
          where: { program: { equals: program.id } },
        })
      ).docs[0],
    ).toMatchObject({ time: '19:05' })
  })

  it('offers no "on" without email consent, says why, and refuses it', async () => {
    const { program, patient, link } = await sentProgram()
    await world.payload.update({
      collection: 'patients',
      id: patient.id,
      data: { emailConsent: false },
    })
    const shown = await page(link)
    expect(shown.text).toContain('Email reminders need your consent to be emailed')
    expect(shown.html).not.toContain('name="email" value="on"')
    const refused = await post(`${link}/reminders`, { email: 'on', time: '08:00' })
    expect(refused.status).toBe(422)
    expect(visibleText(refused.text)).toMatch(/need your consent/)
    expect(
      (
        await world.payload.find({
          collection: 'reminder-preferences',
          where: { program: { equals: program.id } },
        })
      ).docs,
    ).toEqual([])
  })
})

describe('Erasing a patient', () => {
  it('deletes their session logs, reminder choice and the alerts their logs raised', async () => {
    const { program, patient, link, routines } = await sentProgram()
    await post(`${link}/log`, {
      routine: String(routines[0]),
      action: 'done',
      pain: '7',
      comment: 'Sore',
    })
    await post(`${link}/reminders`, { email: 'on', time: '09:00' })
    expect(await logsOf(program.id)).toHaveLength(1)
    const alertsOf = async () =>
      (
        await world.payload.find({
          collection: 'alerts',
          where: { program: { equals: program.id } },
        })
      ).docs
    // Pain 7 is the clinic's urgent score: the log raised the clinician's alert at once.
    expect((await alertsOf()).map((alert) => alert.severity)).toEqual(['urgent'])
    const erased = await callAs(world.sessions.admin, 'POST', `/patients/${patient.id}/erase`, {
      confirm: String(patient.id),
    })
    expect(erased.status).toBe(200)
    expect(await logsOf(program.id)).toEqual([])
    const choices = await world.payload.find({
      collection: 'reminder-preferences',
      where: { patient: { equals: patient.id } },
    })
    expect(choices.docs).toEqual([])
    expect(await alertsOf()).toEqual([])
  })
})

describe('Who can read and write session logs and reminder choices', () => {
  const graphQL = async (actor: Actor, query: string) => {
    const session = world.sessions[actor as keyof typeof world.sessions] ?? {}
    const response = await fetch(`${world.server.url}/api/graphql`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(session.token ? { Authorization: `JWT ${session.token}` } : {}),
      },
      body: JSON.stringify({ query }),
    })
    return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> }
  }

  it("lets admins read all, clinicians only their own patients', editors and visitors none; nobody writes over REST or GraphQL", async () => {
    const { program, patient, link, routines } = await sentProgram()
    await post(`${link}/log`, { routine: String(routines[0]), action: 'done', pain: '2' })
    await post(`${link}/reminders`, { email: 'off', time: '10:00' })
    const [log] = await logsOf(program.id)
    const [choice] = (
      await world.payload.find({
        collection: 'reminder-preferences',
        where: { program: { equals: program.id } },
      })
    ).docs
    const readStatus: Record<Actor, number> = {
      anonymous: 403,
      editor: 403,
      clinician: 200,
      otherClinician: 200,
      admin: 200,
    }
    const sees: Record<Actor, boolean> = {
      anonymous: false,
      editor: false,
      clinician: true,
      otherClinician: false,
      admin: true,
    }
    for (const [collection, id] of [
      ['session-logs', log.id],
      ['reminder-preferences', choice.id],
    ] as const) {
      for (const actor of Object.keys(readStatus) as Actor[]) {
        const session = actor === 'anonymous' ? {} : world.sessions[actor]
        const list = await callAs(
          session,
          'GET',
          `/${collection}?where[program][equals]=${program.id}`,
        )
        expect([collection, actor, list.status]).toEqual([collection, actor, readStatus[actor]])
        if (list.status === 200) {
          const ids = (list.json.docs as Array<{ id: number }>).map((doc) => doc.id)
          expect([collection, actor, ids.includes(id)]).toEqual([collection, actor, sees[actor]])
        }
        const one = await callAs(session, 'GET', `/${collection}/${id}`)
        expect([collection, actor, one.status]).toEqual([
          collection,
          actor,
          sees[actor] ? 200 : readStatus[actor] === 200 ? 404 : 403,
        ])
        const data =
          collection === 'session-logs'
            ? {
                program: program.id,
                patient: patient.id,
                routine: routines[0],
                day: '2020-01-01',
                loggedAt: new Date().toISOString(),
              }
            : { program: program.id, patient: patient.id, time: '08:00' }
        expect((await callAs(session, 'POST', `/${collection}`, data)).status).toBe(403)
        expect([403, 404]).toContain(
          (await callAs(session, 'PATCH', `/${collection}/${id}`, { pain: 10, time: '01:00' }))
            .status,
        )
        expect([403, 404]).toContain(
          (await callAs(session, 'DELETE', `/${collection}/${id}`)).status,
        )
      }
    }
    for (const actor of ['admin', 'clinician', 'anonymous'] as Actor[]) {
      const created = await graphQL(
        actor,
        `mutation { createSessionLog(data: { program: ${program.id}, patient: ${patient.id}, routine: ${routines[0]}, day: "2020-01-02", loggedAt: "2020-01-02T10:00:00.000Z" }) { id } }`,
      )
      expect(created.errors?.length).toBeGreaterThan(0)
      const updated = await graphQL(
        actor,
        `mutation { updateSessionLog(id: ${log.id}, data: { pain: 10 }) { id } }`,
      )
      expect(updated.errors?.length).toBeGreaterThan(0)
      const deleted = await graphQL(
        actor,
        `mutation { deleteReminderPreference(id: ${choice.id}) { id } }`,
      )
      expect(deleted.errors?.length).toBeGreaterThan(0)
    }
    expect(await logsOf(program.id)).toMatchObject([{ id: log.id, pain: 2, day: log.day }])
    expect(
      (await world.payload.findByID({ collection: 'reminder-preferences', id: choice.id })).time,
    ).toBe('10:00')
  })
})

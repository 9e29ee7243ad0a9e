import type { Payload } from 'payload'

import {
  localDayOf,
  plannedSessions,
  weekAround,
  type LocalDay,
  type Weekday,
} from '../adherence/plannedSessions'
import { idOf } from '../relationships/idOf'
import type { PageRoutine } from './pageRoutines'
import { patientTimeZone } from './timeZone'

/** Today's log of a routine, as the page shows it. */
export type TodaysLog = { pain: number | null; comment: string | null }

/** One day of the patient's week: which routines were planned and which were done. */
export type WeekDay = { day: LocalDay; planned: number[]; done: number[] }

/** The patient's reminder choice as stored (or the defaults, before they chose). */
export type ReminderState = { email: boolean; time: string; quietDays: Weekday[]; saved: boolean }

/** Everything the page shows around the handout for one patient, today. */
export type LoggingState = {
  today: LocalDay
  routines: PageRoutine[]
  week: WeekDay[]
  todays: Map<number, TodaysLog>
  /** Each routine's last note before today, with its day. */
  lastNotes: Map<number, { day: LocalDay; comment: string }>
  reminders: ReminderState
  /** Email reminders can be offered: the patient has an address and gave consent. */
  canEmail: boolean
}

/** How many of the program's latest notes are read to find each routine's last one. */
const LAST_NOTES_READ = 500

/** Who is logging: the link's program and patient. */
export type LinkOwner = { program: number; patient: number }

/** The patient's local day now, in their time zone (else the clinic's). */
export const todayFor = async (payload: Payload, patient: number, now: Date) => {
  const found = await payload.findByID({
    collection: 'patients',
    id: patient,
    depth: 0,
    select: { timeZone: true, email: true, emailConsent: true },
  })
  const zone = await patientTimeZone(payload, found.timeZone)
  return { today: localDayOf(now, zone), canEmail: Boolean(found.email && found.emailConsent) }
}

const startDayOf = (startDate: string | null | undefined, fallback: LocalDay) =>
  startDate && /^\d{4}-\d{2}-\d{2}/.test(startDate) ? startDate.slice(0, 10) : fallback

/**
 * What the page shows of the patient's own logging: today's logs, each routine's last note,
 * this week (Monday to Sunday) done against planned, and their reminder choice. Read as the
 * server for the link's program and patient only.
 */
export const loggingState = async (
  payload: Payload,
  owner: LinkOwner,
  routines: PageRoutine[],
  now: Date,
): Promise<LoggingState> => {
  const { today, canEmail } = await todayFor(payload, owner.patient, now)
  const days = weekAround(today)
  const routineIds = routines.map((routine) => routine.id)
  const [program, weekLogs, preference, notes] = await Promise.all([
    payload.findByID({
      collection: 'programs',
      id: owner.program,
      depth: 0,
      select: { startDate: true, practiceDays: true },
    }),
    payload.find({
      collection: 'session-logs',
      where: {
        program: { equals: owner.program },
        day: { greater_than_equal: days[0] },
        and: [{ day: { less_than_equal: days[6] } }],
      },
      depth: 0,
      pagination: false,
      limit: 500,
      select: { routine: true, day: true, pain: true, comment: true },
    }),
    payload.find({
      collection: 'reminder-preferences',
      where: { program: { equals: owner.program }, patient: { equals: owner.patient } },
      depth: 0,
      limit: 1,
      pagination: false,
    }),
    // Each routine's last note: the program's latest notes in one read, the newest per routine.
    payload.find({
      collection: 'session-logs',
      where: {
        program: { equals: owner.program },
        routine: { in: routineIds },
        day: { less_than: today },
        comment: { exists: true },
      },
      sort: '-day',
      depth: 0,
      limit: LAST_NOTES_READ,
      pagination: false,
      select: { routine: true, day: true, comment: true },
    }),
  ])
  const onPage = new Set(routineIds)
  const logs = weekLogs.docs.filter((log) => onPage.has(idOf(log.routine) as number))
  const plan = plannedSessions(
    {
      startDate: startDayOf(program.startDate, today),
      practiceDays: (program.practiceDays ?? []) as Weekday[],
      routines,
    },
    days[0],
    days[6],
  )
  const week = plan.map(({ day, routines: planned }) => ({
    day,
    planned,
    done: logs.filter((log) => log.day === day).map((log) => idOf(log.routine) as number),
  }))
  const todays = new Map(
    logs
      .filter((log) => log.day === today)
      .map((log) => [
        idOf(log.routine) as number,
        { pain: log.pain ?? null, comment: log.comment ?? null },
      ]),
  )
  const lastNotes = new Map<number, { day: LocalDay; comment: string }>()
  for (const log of notes.docs) {
    const routine = idOf(log.routine) as number
    if (log.comment && !lastNotes.has(routine)) {
      lastNotes.set(routine, { day: log.day, comment: log.comment })
    }
  }
  const stored = preference.docs[0]
  return {
    today,
    routines,
    week,
    todays,
    lastNotes,
    reminders: stored
      ? {
          email: Boolean(stored.email) && canEmail,
          time: stored.time,
          quietDays: (stored.quietDays ?? []) as Weekday[],
          saved: true,
        }
      : { email: false, time: '18:00', quietDays: [], saved: false },
    canEmail,
  }
}

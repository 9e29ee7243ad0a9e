import type { Payload } from 'payload'

import {
  localDayOf,
  plannedSessions,
  weekAround,
  type LocalDay,
  type Weekday,
} from '../adherence/plannedSessions'
import type { PageRoutine } from './pageRoutines'
import { readLoggingRows } from './loggingRows'
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

/** Who is logging: the link's program and patient. */
export type LinkOwner = { program: number; patient: number }

/** What the page needs of the patient and their program, read with the link (lookUpLink). */
export type OwnerFacts = {
  /** The patient's own time zone, if set. */
  timeZone: string | null
  /** The patient has an email address and consented to email. */
  canEmail: boolean
  /** The program's first day (`YYYY-MM-DD`), if set. */
  startDay: string | null
}

/** The patient's local day now, in their time zone (else the clinic's). */
export const todayFor = async (payload: Payload, owner: OwnerFacts, now: Date) => {
  const zone = await patientTimeZone(payload, owner.timeZone)
  return { today: localDayOf(now, zone), canEmail: owner.canEmail }
}

const startDayOf = (startDate: string | null | undefined, fallback: LocalDay) =>
  startDate && /^\d{4}-\d{2}-\d{2}/.test(startDate) ? startDate.slice(0, 10) : fallback

/**
 * What the page shows of the patient's own logging: today's logs, each routine's last note,
 * this week (Monday to Sunday) done against planned, and their reminder choice. Read as the
 * server for the link's program and patient only, in one statement (readLoggingRows).
 */
export const loggingState = async (
  payload: Payload,
  owner: LinkOwner & OwnerFacts,
  routines: PageRoutine[],
  now: Date,
): Promise<LoggingState> => {
  const { today, canEmail } = await todayFor(payload, owner, now)
  const days = weekAround(today)
  const rows = await readLoggingRows(payload, owner, { from: days[0], to: days[6], today })
  const onPage = new Set(routines.map((routine) => routine.id))
  const logs = rows.week.filter((log) => onPage.has(log.routine))
  const plan = plannedSessions(
    { startDate: startDayOf(owner.startDay, today), practiceDays: rows.practiceDays, routines },
    days[0],
    days[6],
  )
  const week = plan.map(({ day, routines: planned }) => ({
    day,
    planned,
    done: logs.filter((log) => log.day === day).map((log) => log.routine),
  }))
  const todays = new Map(
    logs
      .filter((log) => log.day === today)
      .map((log) => [log.routine, { pain: log.pain ?? null, comment: log.comment ?? null }]),
  )
  const lastNotes = new Map(
    rows.lastNotes
      .filter((note) => onPage.has(note.routine))
      .map((note) => [note.routine, { day: note.day, comment: note.comment }]),
  )
  const stored = rows.preference
  return {
    today,
    routines,
    week,
    todays,
    lastNotes,
    reminders: stored
      ? {
          email: stored.email && canEmail,
          time: stored.time,
          quietDays: stored.quietDays,
          saved: true,
        }
      : { email: false, time: '18:00', quietDays: [], saved: false },
    canEmail,
  }
}

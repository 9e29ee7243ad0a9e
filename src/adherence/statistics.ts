import { addDays, daysFrom, type Day } from './days'
import type { PlannedSession } from './planned'

/** A session log as the statistics read it. */
export type LoggedSession = {
  day: Day
  routine: number
  pain?: number | null
  comment?: string | null
}

/** One day of the calendar: sessions planned, planned sessions done, and sessions done beyond the plan. */
export type CalendarDay = { day: Day; planned: number; done: number; extra: number }

/** Planned sessions done in a window of whole days, and their share (null when none was planned). */
export type Adherence = { done: number; planned: number; percent: number | null }

export type PainPoint = { day: Day; pain: number }

export type SessionComment = { day: Day; routine: number; comment: string }

export type AdherenceSummary = {
  today: Day
  /** The last 28 days, today last. */
  calendar: CalendarDay[]
  /** The 7 and 30 whole days before today (today is not over yet). */
  last7: Adherence
  last30: Adherence
  /** Each day's highest pain score, oldest first. */
  pain: PainPoint[]
  /** Comments, newest first. */
  comments: SessionComment[]
}

export const CALENDAR_DAYS = 28

const key = (day: Day, routine: number) => `${day}|${routine}`

/** Planned and logged sessions indexed by day, for the questions the statistics ask. */
export const indexSessions = (planned: PlannedSession[], logs: LoggedSession[]) => {
  const plannedKeys = new Set(planned.map((session) => key(session.day, session.routine)))
  const plannedByDay = new Map<Day, number>()
  for (const session of planned) {
    plannedByDay.set(session.day, (plannedByDay.get(session.day) ?? 0) + 1)
  }
  const doneByDay = new Map<Day, number>()
  const extraByDay = new Map<Day, number>()
  for (const log of logs) {
    const counts = plannedKeys.has(key(log.day, log.routine)) ? doneByDay : extraByDay
    counts.set(log.day, (counts.get(log.day) ?? 0) + 1)
  }
  const dayOf = (day: Day): CalendarDay => ({
    day,
    planned: plannedByDay.get(day) ?? 0,
    done: doneByDay.get(day) ?? 0,
    extra: extraByDay.get(day) ?? 0,
  })
  /** Adherence over the `days` whole days before `today`. */
  const adherence = (today: Day, days: number): Adherence => {
    let done = 0
    let plannedCount = 0
    for (const day of daysFrom(addDays(today, -days), addDays(today, -1))) {
      done += doneByDay.get(day) ?? 0
      plannedCount += plannedByDay.get(day) ?? 0
    }
    return {
      done,
      planned: plannedCount,
      percent: plannedCount ? Math.round((done / plannedCount) * 100) : null,
    }
  }
  return { dayOf, adherence }
}

/** Each day's highest pain score, oldest first. */
export const painByDay = (logs: LoggedSession[]): PainPoint[] => {
  const highest = new Map<Day, number>()
  for (const { day, pain } of logs) {
    if (typeof pain === 'number') {
      highest.set(day, Math.max(pain, highest.get(day) ?? pain))
    }
  }
  return [...highest].map(([day, pain]) => ({ day, pain })).sort((a, b) => (a.day < b.day ? -1 : 1))
}

/**
 * What the clinician's Adherence panel shows on `today` (the patient's local day): the last 4
 * weeks done against planned, the 7- and 30-day adherence, pain over time and the comments.
 * `planned` must cover at least the 30 days before today.
 */
export const summariseAdherence = (
  planned: PlannedSession[],
  logs: LoggedSession[],
  today: Day,
): AdherenceSummary => {
  const index = indexSessions(planned, logs)
  return {
    today,
    calendar: daysFrom(addDays(today, 1 - CALENDAR_DAYS), today).map(index.dayOf),
    last7: index.adherence(today, 7),
    last30: index.adherence(today, 30),
    pain: painByDay(logs.filter((log) => log.day <= today)),
    comments: logs
      .filter((log): log is LoggedSession & { comment: string } => Boolean(log.comment?.trim()))
      .map(({ day, routine, comment }) => ({ day, routine, comment }))
      .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0)),
  }
}

import type { AlertRule, AlertSeverity } from '../../collections/vocabularies'
import { addDays, daysBetween, daysFrom, type Day } from './days'
import type { PlannedSession } from './planned'
import { indexSessions, painByDay, type LoggedSession } from './statistics'
import type { AlertThresholds } from './thresholds'

/** One event an alert is raised for: its `key` names the event within the program and rule. */
export type AlertEvent = {
  rule: AlertRule
  severity: AlertSeverity
  key: string
  message: string
}

export type AlertFacts = {
  /** The patient's local day now. */
  today: Day
  /** The program's first local day. */
  startDay: Day
  /** Whether the program is active (only then does a missing log count). */
  active: boolean
  /** Sessions planned over at least the 60 days before today. */
  planned: PlannedSession[]
  logs: LoggedSession[]
  thresholds: AlertThresholds
}

/** Pain events older than this many days are history, not news: no alert is raised for them. */
export const RECENT_DAYS = 7

export const severityOf: Record<AlertRule, AlertSeverity> = {
  'pain-high': 'urgent',
  'pain-rise': 'high',
  'no-log': 'low',
  'adherence-drop': 'low',
}

const event = (rule: AlertRule, key: string, message: string): AlertEvent => ({
  rule,
  severity: severityOf[rule],
  key,
  message,
})

const isRecent = (facts: AlertFacts, day: Day) =>
  day <= facts.today && daysBetween(day, facts.today) < RECENT_DAYS

/** A day whose highest pain is at or above the urgent score: one alert per day. */
const painHigh = (facts: AlertFacts): AlertEvent[] =>
  painByDay(facts.logs)
    .filter(({ day, pain }) => isRecent(facts, day) && pain >= facts.thresholds.painUrgentAt)
    .map(({ day, pain }) =>
      event(
        'pain-high',
        day,
        `Pain ${pain}/10 logged for ${day} (urgent at ${facts.thresholds.painUrgentAt}).`,
      ),
    )

/**
 * Pain risen by the threshold over the average of the first week of logs (the 7 days from the
 * first log with a pain score). Consecutive days of pain logged that high are one event, named
 * by its first day; a lower score logged ends it. A stretch that starts at the urgent score
 * raises only the urgent alert.
 */
const painRise = (facts: AlertFacts): AlertEvent[] => {
  const days = painByDay(facts.logs)
  if (!days.length) {
    return []
  }
  const firstWeekEnd = addDays(days[0].day, 6)
  const firstWeek = facts.logs.filter(
    (log) => typeof log.pain === 'number' && log.day >= days[0].day && log.day <= firstWeekEnd,
  )
  const baseline = firstWeek.reduce((sum, log) => sum + (log.pain as number), 0) / firstWeek.length
  const raisedAt = baseline + facts.thresholds.painRiseBy
  const events: AlertEvent[] = []
  let start: { day: Day; pain: number } | undefined
  for (const { day, pain } of days.filter(({ day }) => day > firstWeekEnd)) {
    if (pain < raisedAt) {
      start = undefined
      continue
    }
    if (!start) {
      start = { day, pain }
      if (isRecent(facts, day) && pain < facts.thresholds.painUrgentAt) {
        events.push(
          event(
            'pain-rise',
            day,
            `Pain ${pain}/10 on ${day}, ${(pain - baseline).toFixed(1)} above the first-week average of ${baseline.toFixed(1)}.`,
          ),
        )
      }
    }
  }
  return events
}

/**
 * No log for the threshold's number of whole days while the program is active, with sessions
 * planned in them: one event per silence, named by its first day.
 */
const noLog = (facts: AlertFacts): AlertEvent[] => {
  if (!facts.active) {
    return []
  }
  const lastLog = facts.logs.reduce<Day | undefined>(
    (last, log) => (log.day <= facts.today && (!last || log.day > last) ? log.day : last),
    undefined,
  )
  const silentFrom = lastLog ? addDays(lastLog, 1) : facts.startDay
  const silentDays = daysBetween(silentFrom, facts.today)
  if (silentDays < facts.thresholds.noLogDays) {
    return []
  }
  const yesterday = addDays(facts.today, -1)
  const plannedInSilence = facts.planned.some(
    (session) => session.day >= silentFrom && session.day <= yesterday,
  )
  if (!plannedInSilence) {
    return []
  }
  return [
    event(
      'no-log',
      silentFrom,
      `No session logged for ${silentDays} days (since ${silentFrom}) while the program is active.`,
    ),
  ]
}

/**
 * The 7-day adherence at least the threshold's points below the 30-day one, today: one event per
 * stretch of days it has been so, named by the stretch's first day.
 */
const adherenceDrop = (facts: AlertFacts): AlertEvent[] => {
  const index = indexSessions(facts.planned, facts.logs)
  const dropOn = (day: Day) => {
    const week = index.adherence(day, 7).percent
    const month = index.adherence(day, 30).percent
    return week !== null && month !== null && month - week >= facts.thresholds.adherenceDropPoints
      ? { week, month }
      : undefined
  }
  const now = dropOn(facts.today)
  if (!now) {
    return []
  }
  let start = facts.today
  for (const day of daysFrom(addDays(facts.today, -30), addDays(facts.today, -1)).reverse()) {
    if (!dropOn(day)) {
      break
    }
    start = day
  }
  return [
    event(
      'adherence-drop',
      start,
      `7-day adherence ${now.week}% is ${now.month - now.week} points below the 30-day ${now.month}%.`,
    ),
  ]
}

/** Every alert event the program's logs (or their absence) call for on `today`. */
export const alertEvents = (facts: AlertFacts): AlertEvent[] => [
  ...painHigh(facts),
  ...painRise(facts),
  ...noLog(facts),
  ...adherenceDrop(facts),
]

import { Temporal } from 'temporal-polyfill'

import { weekdays } from '../../collections/vocabularies'

type Weekday = (typeof weekdays)[number]

/** What decides when a patient's reminder for a program goes out. */
export type ReminderRule = {
  /** The patient's time zone (IANA name): theirs, else the clinic's. */
  timeZone: string
  /** `HH:MM` in that zone. */
  time: string
  /** The program's practice days; empty: every day. */
  practiceDays: readonly string[]
  /** Days the patient asked not to be reminded. */
  quietDays: readonly string[]
}

/**
 * A reminder is sent at most this long after its time: a worker stopped for longer, or a clock
 * set forward past it, skips that day's reminder rather than sending it hours late.
 */
export const REMINDER_LATE_LIMIT_MS = 2 * 60 * 60 * 1000

/** `2026-03-08`'s weekday as `mon`…`sun`. */
export const weekdayOf = (day: Temporal.PlainDate): Weekday => weekdays[day.dayOfWeek - 1]

/** Whether the rule calls for a reminder on this local day: a practice day, not a quiet one. */
export const isReminderDay = (rule: ReminderRule, day: Temporal.PlainDate): boolean => {
  const weekday = weekdayOf(day)
  const practised = rule.practiceDays.length === 0 || rule.practiceDays.includes(weekday)
  return practised && !rule.quietDays.includes(weekday)
}

const instants = new Map<string, number>()

/**
 * The instant (ms since the epoch) of `time` on the local `day` in `timeZone`. A time the zone
 * skips that day (spring forward) is moved to the next minute that exists, the end of the gap
 * (02:30 in New York on 8 March 2026 → 03:00); a time the zone repeats (fall back) is its first
 * occurrence, so it is sent once. Kept per zone, day and time: patients share them.
 */
export const reminderInstant = (timeZone: string, day: string, time: string): number => {
  const key = `${timeZone} ${day} ${time}`
  const known = instants.get(key)
  if (known !== undefined) {
    return known
  }
  const local = Temporal.PlainDateTime.from(`${day}T${time}`)
  const first = local.toZonedDateTime(timeZone, { disambiguation: 'earlier' })
  const inGap = Temporal.PlainDateTime.compare(first.toPlainDateTime(), local) !== 0
  const at = inGap
    ? (first.getTimeZoneTransition('next') ?? first).epochMilliseconds
    : first.epochMilliseconds
  if (instants.size > 50_000) {
    instants.clear()
  }
  instants.set(key, at)
  return at
}

/** The local day (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
export const localDay = (timeZone: string, at: number): string =>
  Temporal.Instant.fromEpochMilliseconds(at).toZonedDateTimeISO(timeZone).toPlainDate().toString()

/** A reminder that is due: the patient's local day it is for and its instant. */
export type DueReminder = { day: string; dueAt: number }

/**
 * The reminder the rule calls for at `now`, if any: on today's or yesterday's local day (a
 * reminder late in the evening may still be due after local midnight), whose instant has come
 * and is less than the late limit ago.
 */
export const dueReminder = (rule: ReminderRule, now: number): DueReminder | undefined => {
  const today = Temporal.PlainDate.from(localDay(rule.timeZone, now))
  for (const day of [today, today.subtract({ days: 1 })]) {
    if (!isReminderDay(rule, day)) {
      continue
    }
    const dueAt = reminderInstant(rule.timeZone, day.toString(), rule.time)
    if (dueAt <= now && now - dueAt < REMINDER_LATE_LIMIT_MS) {
      return { day: day.toString(), dueAt }
    }
  }
  return undefined
}

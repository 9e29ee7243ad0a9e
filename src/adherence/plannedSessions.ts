import { Temporal } from 'temporal-polyfill'

import { frequencies, weekdays } from '../../collections/vocabularies'
import { dayNumber, dayOfNumber, weekdayIndex } from './days'

export type Frequency = (typeof frequencies)[number]
export type Weekday = (typeof weekdays)[number]

/** A local day, `YYYY-MM-DD`. */
export type LocalDay = string

/** What planning needs of a program: plain data, no Payload. */
export type PlanInput = {
  /** The program's first day (a local day, `YYYY-MM-DD`): nothing is planned before it. */
  startDate: LocalDay
  /** The days the patient practises; empty: every day. */
  practiceDays: readonly Weekday[]
  /** Each routine with its cadence (see `routineCadence`). */
  routines: ReadonlyArray<{ id: number; frequency: Frequency }>
}

/** One day of the range and the routines planned on it (none on a day off). */
export type PlannedDay = { day: LocalDay; routines: number[] }

/**
 * A routine's cadence: the most frequent of its items' effective frequencies (item over the
 * technique's default). A routine whose items say nothing of how often is done on every
 * practice day.
 */
export const routineCadence = (
  itemFrequencies: ReadonlyArray<Frequency | null | undefined>,
): Frequency => {
  const given = itemFrequencies.filter((frequency): frequency is Frequency => Boolean(frequency))
  if (given.length === 0) {
    return 'daily'
  }
  // The vocabulary runs from most to least often.
  return frequencies[Math.min(...given.map((frequency) => frequencies.indexOf(frequency)))]
}

/** Monday of the ISO week a day (a day number) falls in. */
const mondayOf = (day: number) => day - weekdayIndex(day)

/** Whole weeks (Monday to Sunday) from the start's week to the day's. */
const weeksSince = (start: number, day: number) => (mondayOf(day) - mondayOf(start)) / 7

/**
 * Which routine is planned on which local day from `from` to `to` (both included, `YYYY-MM-DD`):
 * - several times a day, twice a day or daily: every practice day;
 * - every other day: every second practice day, counted from the program's start;
 * - weekly: the first practice day of each week (Monday to Sunday) on or after the start;
 * - every two weeks: the first practice day of every second week, counting from the start's;
 * - as needed: never.
 * Nothing is planned before the start. Pure: the same input always gives the same plan.
 */
export const plannedSessions = (plan: PlanInput, from: LocalDay, to: LocalDay): PlannedDay[] => {
  const start = dayNumber(plan.startDate)
  const first = dayNumber(from)
  const last = dayNumber(to)
  const practises = (day: number) =>
    plan.practiceDays.length === 0 || plan.practiceDays.includes(weekdays[weekdayIndex(day)])

  // Practice days are counted from the start, so the range may begin anywhere.
  let practiceIndex = -1
  let weekOfLastFirst: number | undefined
  const days: PlannedDay[] = []
  for (let day = Math.min(start, first); day <= last; day += 1) {
    const practice = day >= start && practises(day)
    let firstOfWeek = false
    if (practice) {
      practiceIndex += 1
      const week = weeksSince(start, day)
      firstOfWeek = week !== weekOfLastFirst
      weekOfLastFirst = week
    }
    if (day < first) {
      continue
    }
    const week = weeksSince(start, day)
    const routines = practice
      ? plan.routines
          .filter(({ frequency }) => {
            switch (frequency) {
              case 'several-times-daily':
              case 'twice-daily':
              case 'daily':
                return true
              case 'every-other-day':
                return practiceIndex % 2 === 0
              case 'weekly':
                return firstOfWeek
              case 'every-two-weeks':
                return firstOfWeek && week % 2 === 0
              case 'as-needed':
                return false
              default:
                return frequency satisfies never
            }
          })
          .map(({ id }) => id)
      : []
    days.push({ day: dayOfNumber(day), routines })
  }
  return days
}

/** The seven local days, Monday to Sunday, of the week `day` falls in. */
export const weekAround = (day: LocalDay): LocalDay[] => {
  const monday = mondayOf(dayNumber(day))
  return Array.from({ length: 7 }, (_, i) => dayOfNumber(monday + i))
}

/** The local day an instant falls on in a time zone (an IANA name). */
export const localDayOf = (instant: Date, timeZone: string): LocalDay =>
  Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString()

import { Temporal } from 'temporal-polyfill'

import { frequencies, weekdays } from '../../collections/vocabularies'

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

const weekdayOf = (day: Temporal.PlainDate): Weekday => weekdays[day.dayOfWeek - 1]

/** Monday of the ISO week a day falls in. */
const mondayOf = (day: Temporal.PlainDate) => day.subtract({ days: day.dayOfWeek - 1 })

/** Whole weeks (Monday to Sunday) from the start's week to the day's. */
const weeksSince = (start: Temporal.PlainDate, day: Temporal.PlainDate) =>
  Math.round(mondayOf(start).until(mondayOf(day), { largestUnit: 'days' }).days / 7)

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
  const start = Temporal.PlainDate.from(plan.startDate)
  const first = Temporal.PlainDate.from(from)
  const last = Temporal.PlainDate.from(to)
  const practises = (day: Temporal.PlainDate) =>
    plan.practiceDays.length === 0 || plan.practiceDays.includes(weekdayOf(day))

  // Practice days are counted from the start, so the range may begin anywhere.
  let practiceIndex = -1
  let weekOfLastFirst: number | undefined
  const days: PlannedDay[] = []
  const begin = Temporal.PlainDate.compare(start, first) < 0 ? start : first
  for (let day = begin; Temporal.PlainDate.compare(day, last) <= 0; day = day.add({ days: 1 })) {
    const started = Temporal.PlainDate.compare(day, start) >= 0
    const practice = started && practises(day)
    let firstOfWeek = false
    if (practice) {
      practiceIndex += 1
      const week = weeksSince(start, day)
      firstOfWeek = week !== weekOfLastFirst
      weekOfLastFirst = week
    }
    if (Temporal.PlainDate.compare(day, first) < 0) {
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
    days.push({ day: day.toString(), routines })
  }
  return days
}

/** The seven local days, Monday to Sunday, of the week `day` falls in. */
export const weekAround = (day: LocalDay): LocalDay[] => {
  const monday = mondayOf(Temporal.PlainDate.from(day))
  return Array.from({ length: 7 }, (_, i) => monday.add({ days: i }).toString())
}

/** The local day an instant falls on in a time zone (an IANA name). */
export const localDayOf = (instant: Date, timeZone: string): LocalDay =>
  Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString()

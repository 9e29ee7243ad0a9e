import { Temporal } from 'temporal-polyfill'

import { weekdays } from '../../collections/vocabularies'

/** A local calendar day as `YYYY-MM-DD`, the way session logs store it. */
export type Day = string

/** The calendar day it is at `instant` in `timeZone`. */
export const localDay = (instant: Date, timeZone: string): Day =>
  Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString()

export const addDays = (day: Day, days: number): Day =>
  Temporal.PlainDate.from(day).add({ days }).toString()

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: Day, to: Day): number =>
  Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days

/** The days from `first` to `last`, both included (none when `last` is before `first`). */
export const daysFrom = (first: Day, last: Day): Day[] => {
  const count = daysBetween(first, last) + 1
  return Array.from({ length: Math.max(0, count) }, (_, index) => addDays(first, index))
}

/** `mon` … `sun` for a day. */
export const weekdayOf = (day: Day): (typeof weekdays)[number] =>
  weekdays[Temporal.PlainDate.from(day).dayOfWeek - 1]

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

const DAY_MS = 24 * 60 * 60 * 1000
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Days since 1970-01-01 of a calendar day: plain integers, so counting, stepping and weekdays
 * are arithmetic (a page view plans weeks of days; calendar objects made that its largest cost).
 */
export const dayNumber = (day: Day): number => {
  const match = DAY.exec(day.slice(0, 10))
  const number = match
    ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS
    : Number.NaN
  if (!Number.isInteger(number) || Number(match![1]) < 1000) {
    throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${day}`)
  }
  return number
}

/** The calendar day of a day number (`dayNumber`'s inverse). */
export const dayOfNumber = (number: number): Day =>
  new Date(number * DAY_MS).toISOString().slice(0, 10)

/** 0 for Monday to 6 for Sunday (1970-01-01 was a Thursday). */
export const weekdayIndex = (number: number): number => (((number + 3) % 7) + 7) % 7

export const addDays = (day: Day, days: number): Day => dayOfNumber(dayNumber(day) + days)

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: Day, to: Day): number => dayNumber(to) - dayNumber(from)

/** The days from `first` to `last`, both included (none when `last` is before `first`). */
export const daysFrom = (first: Day, last: Day): Day[] => {
  const start = dayNumber(first)
  const count = dayNumber(last) - start + 1
  return Array.from({ length: Math.max(0, count) }, (_, index) => dayOfNumber(start + index))
}

/** `mon` … `sun` for a day. */
export const weekdayOf = (day: Day): (typeof weekdays)[number] =>
  weekdays[weekdayIndex(dayNumber(day))]

import { describe, expect, it } from '@jest/globals'

import {
  localDayOf,
  plannedSessions,
  routineCadence,
  weekAround,
  type Frequency,
  type PlanInput,
  type Weekday,
} from '../../src/adherence/plannedSessions'

// 2026-11-30 is a Monday; 2026-12-02 a Wednesday.
const plan = (
  frequency: Frequency,
  practiceDays: Weekday[] = [],
  startDate = '2026-12-02',
): PlanInput => ({ startDate, practiceDays, routines: [{ id: 7, frequency }] })

/** The days routine 7 is planned on. */
const plannedDays = (input: PlanInput, from: string, to: string) =>
  plannedSessions(input, from, to)
    .filter((day) => day.routines.includes(7))
    .map((day) => day.day)

describe('plannedSessions', () => {
  it('plans a daily routine (and more often) on every day from the start when no practice days are set', () => {
    for (const frequency of ['daily', 'twice-daily', 'several-times-daily'] as const) {
      expect(plannedDays(plan(frequency), '2026-11-30', '2026-12-06')).toEqual([
        '2026-12-02',
        '2026-12-03',
        '2026-12-04',
        '2026-12-05',
        '2026-12-06',
      ])
    }
  })

  it('gives every day of the range, with nothing planned before the start or on days off', () => {
    const days = plannedSessions(plan('daily', ['mon', 'wed', 'fri']), '2026-11-30', '2026-12-08')
    expect(days.map((day) => day.day)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
      '2026-12-08',
    ])
    expect(days.filter((day) => day.routines.length).map((day) => day.day)).toEqual([
      '2026-12-02',
      '2026-12-04',
      '2026-12-07',
    ])
  })

  it('plans every other day on every second practice day counted from the start, across week boundaries', () => {
    expect(plannedDays(plan('every-other-day'), '2026-12-02', '2026-12-12')).toEqual([
      '2026-12-02',
      '2026-12-04',
      '2026-12-06',
      '2026-12-08',
      '2026-12-10',
      '2026-12-12',
    ])
    // Practice days Monday, Wednesday, Friday: the 1st, 3rd, 5th… of them from the start.
    expect(
      plannedDays(plan('every-other-day', ['mon', 'wed', 'fri']), '2026-12-02', '2026-12-18'),
    ).toEqual(['2026-12-02', '2026-12-07', '2026-12-11', '2026-12-16'])
  })

  it('counts every other day from the start, not from the first day asked for', () => {
    expect(plannedDays(plan('every-other-day'), '2026-12-09', '2026-12-12')).toEqual([
      '2026-12-10',
      '2026-12-12',
    ])
    expect(
      plannedDays(plan('every-other-day', ['mon', 'wed', 'fri']), '2026-12-14', '2026-12-20'),
    ).toEqual(['2026-12-16'])
  })

  it('plans a weekly routine on the first practice day of each week (Monday to Sunday) from the start', () => {
    expect(plannedDays(plan('weekly'), '2026-11-30', '2026-12-20')).toEqual([
      '2026-12-02',
      '2026-12-07',
      '2026-12-14',
    ])
    expect(plannedDays(plan('weekly', ['tue', 'thu']), '2026-11-30', '2026-12-20')).toEqual([
      '2026-12-03',
      '2026-12-08',
      '2026-12-15',
    ])
    // A week whose practice days all fall before the start has none that week.
    expect(plannedDays(plan('weekly', ['mon']), '2026-11-30', '2026-12-14')).toEqual([
      '2026-12-07',
      '2026-12-14',
    ])
  })

  it('plans every two weeks on the first practice day of every second week, counting from the start week', () => {
    expect(plannedDays(plan('every-two-weeks'), '2026-11-30', '2027-01-10')).toEqual([
      '2026-12-02',
      '2026-12-14',
      '2026-12-28',
    ])
    expect(plannedDays(plan('every-two-weeks', ['fri']), '2026-12-21', '2027-01-10')).toEqual([
      '2027-01-01',
    ])
  })

  it('never plans an as-needed routine', () => {
    expect(plannedDays(plan('as-needed'), '2026-11-30', '2027-01-10')).toEqual([])
  })

  it('plans several routines side by side, each on its own cadence', () => {
    const days = plannedSessions(
      {
        startDate: '2026-11-30',
        practiceDays: [],
        routines: [
          { id: 1, frequency: 'daily' },
          { id: 2, frequency: 'weekly' },
          { id: 3, frequency: 'every-other-day' },
        ],
      },
      '2026-11-30',
      '2026-12-02',
    )
    expect(days).toEqual([
      { day: '2026-11-30', routines: [1, 2, 3] },
      { day: '2026-12-01', routines: [1] },
      { day: '2026-12-02', routines: [1, 3] },
    ])
  })

  it('gives nothing for a range that ends before it begins', () => {
    expect(plannedSessions(plan('daily'), '2026-12-10', '2026-12-09')).toEqual([])
  })
})

describe('routineCadence', () => {
  it("is the most frequent of the items' frequencies, and daily when none is given", () => {
    expect(routineCadence(['weekly', 'every-other-day', null])).toBe('every-other-day')
    expect(routineCadence(['as-needed', 'twice-daily', 'daily'])).toBe('twice-daily')
    expect(routineCadence(['as-needed'])).toBe('as-needed')
    expect(routineCadence([undefined, null])).toBe('daily')
    expect(routineCadence([])).toBe('daily')
  })
})

describe('local days', () => {
  it('puts an instant on the day it is in the given time zone', () => {
    const instant = new Date('2026-12-08T03:00:00Z')
    expect(localDayOf(instant, 'America/New_York')).toBe('2026-12-07')
    expect(localDayOf(instant, 'Europe/Madrid')).toBe('2026-12-08')
    // Across the spring change in New York (2026-03-08, 02:00 → 03:00).
    expect(localDayOf(new Date('2026-03-09T03:30:00Z'), 'America/New_York')).toBe('2026-03-08')
    expect(localDayOf(new Date('2026-03-09T04:30:00Z'), 'America/New_York')).toBe('2026-03-09')
  })

  it('gives the Monday-to-Sunday week around a day', () => {
    expect(weekAround('2026-12-02')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ])
    expect(weekAround('2027-01-03')[0]).toBe('2026-12-28')
  })
})

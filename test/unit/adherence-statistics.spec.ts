import { describe, expect, it } from '@jest/globals'

import { alertEvents, type AlertFacts } from '../../src/adherence/alertRules'
import { addDays, daysFrom } from '../../src/adherence/days'
import { plannedBetween } from '../../src/adherence/planned'
import { summariseAdherence, type LoggedSession } from '../../src/adherence/statistics'
import { defaultAlertThresholds } from '../../src/adherence/thresholds'

const TODAY = '2026-12-07' // a Monday
const daily = (...ids: number[]) => ids.map((id) => ({ id, frequency: 'daily' as const }))
const planned = plannedBetween(
  { routines: daily(1, 2), practiceDays: ['mon', 'wed', 'fri'], startDate: '2026-10-01' },
  addDays(TODAY, -61),
  TODAY,
)
/** Logs of every planned session on the days given. */
const doneOn = (days: string[], extra: Partial<LoggedSession> = {}): LoggedSession[] =>
  planned.filter((session) => days.includes(session.day)).map((s) => ({ ...s, ...extra }))

describe('the planned sessions of daily routines', () => {
  it('are every routine on every practice day from the start, none before it', () => {
    const week = plannedBetween(
      { routines: daily(7), practiceDays: ['mon', 'fri'], startDate: '2026-12-02' },
      '2026-11-30',
      '2026-12-07',
    )
    expect(week).toEqual([
      { day: '2026-12-04', routine: 7 },
      { day: '2026-12-07', routine: 7 },
    ])
  })

  it('are every day when no practice day is chosen', () => {
    expect(
      plannedBetween(
        { routines: daily(7), practiceDays: [], startDate: '2026-11-01' },
        '2026-12-01',
        '2026-12-03',
      ),
    ).toHaveLength(3)
  })
})

describe('the adherence summary', () => {
  it('counts whole days before today: 7-day and 30-day percentages', () => {
    const practiceDays = daysFrom(addDays(TODAY, -30), addDays(TODAY, -1))
    // All done up to 8 days ago, then only Friday's first routine in the last week.
    const logs = [
      ...doneOn(practiceDays.filter((day) => day < addDays(TODAY, -7))),
      { day: '2026-12-04', routine: 1, pain: 3 },
    ]
    const summary = summariseAdherence(planned, logs, TODAY)
    // Last 7 days (Nov 30 – Dec 6): Mon, Wed, Fri × 2 routines = 6 planned, 1 done.
    expect(summary.last7).toEqual({ done: 1, planned: 6, percent: 17 })
    // Last 30 days (Nov 7 – Dec 6): 12 practice days × 2 = 24 planned; 18 + 1 done.
    expect(summary.last30).toEqual({ done: 19, planned: 24, percent: 79 })
  })

  it('draws the last 28 days ending today, done against planned', () => {
    const summary = summariseAdherence(planned, doneOn(['2026-12-04']), TODAY)
    expect(summary.calendar).toHaveLength(28)
    expect(summary.calendar[27]).toEqual({ day: TODAY, planned: 2, done: 0, extra: 0 })
    expect(summary.calendar.find((d) => d.day === '2026-12-04')).toMatchObject({
      planned: 2,
      done: 2,
    })
    expect(summary.calendar.find((d) => d.day === '2026-12-05')).toMatchObject({ planned: 0 })
  })

  it("keeps each day's highest pain, oldest first, and the comments newest first", () => {
    const summary = summariseAdherence(
      planned,
      [
        { day: '2026-12-04', routine: 1, pain: 3, comment: 'Stiff' },
        { day: '2026-12-04', routine: 2, pain: 6 },
        { day: '2026-12-02', routine: 1, pain: 2, comment: 'Fine' },
      ],
      TODAY,
    )
    expect(summary.pain).toEqual([
      { day: '2026-12-02', pain: 2 },
      { day: '2026-12-04', pain: 6 },
    ])
    expect(summary.comments.map((c) => c.comment)).toEqual(['Stiff', 'Fine'])
  })

  it('has no percentage when nothing was planned', () => {
    expect(summariseAdherence([], [], TODAY).last7).toEqual({ done: 0, planned: 0, percent: null })
  })
})

const facts = (overrides: Partial<AlertFacts>): AlertFacts => ({
  today: TODAY,
  startDay: '2026-10-01',
  active: true,
  planned,
  logs: [],
  thresholds: defaultAlertThresholds,
  ...overrides,
})
const rulesOf = (f: AlertFacts) => alertEvents(f).map((event) => `${event.rule}:${event.key}`)

describe('the alert rules', () => {
  const steady = doneOn(daysFrom('2026-10-01', addDays(TODAY, -1)), { pain: 3 })

  it('raise nothing for a patient doing their program at steady pain', () => {
    expect(rulesOf(facts({ logs: steady }))).toEqual([])
  })

  it('raise an urgent alert per recent day with pain at the threshold, none for old ones', () => {
    const logs = [
      ...steady.filter((log) => log.day !== '2026-12-04' && log.day !== '2026-11-02'),
      { day: '2026-12-04', routine: 1, pain: 7 },
      { day: '2026-11-02', routine: 1, pain: 9 },
    ]
    const events = alertEvents(
      facts({ logs, thresholds: { ...defaultAlertThresholds, painRiseBy: 10 } }),
    )
    expect(events).toEqual([
      expect.objectContaining({ rule: 'pain-high', severity: 'urgent', key: '2026-12-04' }),
    ])
    expect(
      rulesOf(
        facts({ logs, thresholds: { ...defaultAlertThresholds, painUrgentAt: 8, painRiseBy: 10 } }),
      ),
    ).toEqual([])
  })

  it('raise one alert for a stretch of pain 2 above the first-week average, named by its first day', () => {
    const logs = steady.map((log) => (log.day >= '2026-12-02' ? { ...log, pain: 5 } : log))
    expect(rulesOf(facts({ logs }))).toEqual(['pain-rise:2026-12-02'])
    // A lower score ends the stretch: the next rise is a new event.
    const again = logs.map((log) => (log.day === '2026-12-04' ? { ...log, pain: 3 } : log))
    expect(rulesOf(facts({ logs: [...again, { day: TODAY, routine: 1, pain: 6 }] }))).toEqual([
      'pain-rise:2026-12-02',
      'pain-rise:2026-12-07',
    ])
  })

  it('raise only the urgent alert for a stretch of rising pain that starts at the urgent score', () => {
    const logs = steady.map((log) => (log.day === '2026-12-04' ? { ...log, pain: 8 } : log))
    expect(rulesOf(facts({ logs }))).toEqual(['pain-high:2026-12-04'])
  })

  it('raise a no-log alert after 4 whole days without a log, only while active', () => {
    const logs = steady.filter((log) => log.day <= '2026-12-02')
    expect(rulesOf(facts({ logs }))).toContain('no-log:2026-12-03')
    expect(rulesOf(facts({ logs, active: false }))).not.toContain('no-log:2026-12-03')
    const threeDays = [...logs, { day: '2026-12-03', routine: 1 }]
    expect(rulesOf(facts({ logs: threeDays })).some((key) => key.startsWith('no-log'))).toBe(false)
  })

  it('raise an adherence-drop alert when the 7-day is 20 points under the 30-day, keyed by its first day', () => {
    const logs = steady.filter((log) => log.day < '2026-12-02')
    const keys = rulesOf(facts({ logs, thresholds: { ...defaultAlertThresholds, noLogDays: 60 } }))
    expect(keys).toHaveLength(1)
    expect(keys[0]).toMatch(/^adherence-drop:2026-12-0\d$/)
    // The same stretch a day later keeps its key: one alert, not two.
    const tomorrow = rulesOf(
      facts({
        logs,
        today: addDays(TODAY, 1),
        thresholds: { ...defaultAlertThresholds, noLogDays: 60 },
      }),
    )
    expect(tomorrow).toEqual(keys)
  })
})

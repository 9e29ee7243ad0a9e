import { weekdays } from '../../collections/vocabularies'
import { daysFrom, weekdayOf, type Day } from './days'

/** One routine the program asks the patient to do on one local day. */
export type PlannedSession = { day: Day; routine: number }

type Weekday = (typeof weekdays)[number]

export type PlanOfProgram = {
  /** The program's home routines, by id. */
  routines: number[]
  /** The program's practice days; none means every day. */
  practiceDays?: Weekday[] | null
  /** The first local day of the program: nothing is planned before it. */
  startDay?: Day | null
}

/**
 * The sessions planned from `first` to `last` (local days, both included): every routine of the
 * program on every practice day, from the program's start. (The patient-side helper's
 * `plannedSessions` replaces this rule at merge; the statistics take the list as plain data.)
 */
export const plannedBetween = (plan: PlanOfProgram, first: Day, last: Day): PlannedSession[] => {
  const practice = new Set<Weekday>(plan.practiceDays?.length ? plan.practiceDays : weekdays)
  const from = plan.startDay && plan.startDay > first ? plan.startDay : first
  return daysFrom(from, last)
    .filter((day) => practice.has(weekdayOf(day)))
    .flatMap((day) => plan.routines.map((routine) => ({ day, routine })))
}

import type { Day } from './days'
import { plannedSessions, type PlanInput } from './plannedSessions'

/** One routine the program asks the patient to do on one local day. */
export type PlannedSession = { day: Day; routine: number }

/**
 * The sessions planned from `first` to `last` (local days, both included), one per routine and
 * day, as the statistics and alert rules take them (`plannedSessions` gives the rule).
 */
export const plannedBetween = (plan: PlanInput, first: Day, last: Day): PlannedSession[] =>
  plannedSessions(plan, first, last).flatMap(({ day, routines }) =>
    routines.map((routine) => ({ day, routine })),
  )

import type { Payload, PayloadRequest } from 'payload'

import type { Program } from '../payload-types'
import { idOf, idsOf } from '../relationships/idOf'
import { addDays, localDay, type Day } from './days'
import { plannedBetween, type PlannedSession } from './planned'
import { routineCadences } from './routineCadences'
import type { LoggedSession } from './statistics'
import { thresholdsOf, type AlertThresholds } from './thresholds'

/** The clinic's zone when neither the patient nor the clinic names one. */
const FALLBACK_ZONE = 'Europe/London'

/** How far back the plan is computed: the 30-day window, and 30 days of it for the drop rule. */
export const PLANNED_DAYS_BACK = 61

export type ProgramAdherence = {
  program: Pick<Program, 'id' | 'status' | 'routines' | 'practiceDays' | 'startDate'> & {
    patient: number
    clinician: number
  }
  /** Whether the program has been sent to its patient (their link carries a send). */
  sent: boolean
  timeZone: string
  today: Day
  startDay: Day
  thresholds: AlertThresholds
  planned: PlannedSession[]
  logs: Array<LoggedSession & { id: number; loggedAt: string }>
}

/**
 * What the adherence statistics and alert rules need about one program at `now`: its plan,
 * its session logs and the patient's local day. With `req`, the logs are read as that request's
 * user may read them (a staff read, recorded in the audit trail); without, as the server.
 */
export const loadProgramAdherence = async (
  payload: Payload,
  programId: number,
  now: Date,
  req?: PayloadRequest,
): Promise<ProgramAdherence> => {
  const program = await payload.findByID({
    collection: 'programs',
    id: programId,
    depth: 0,
    select: {
      status: true,
      routines: true,
      practiceDays: true,
      startDate: true,
      patient: true,
      clinician: true,
    },
    ...(req ? { req, overrideAccess: false } : {}),
  })
  const patientId = idOf(program.patient) as number
  const [patient, clinic, logs, sends] = await Promise.all([
    payload.findByID({
      collection: 'patients',
      id: patientId,
      depth: 0,
      select: { timeZone: true },
      disableErrors: true,
    }),
    payload.findGlobal({
      slug: 'clinic-settings',
      depth: 0,
      select: { timeZone: true, adherenceAlerts: true },
    }),
    payload.find({
      collection: 'session-logs',
      where: { program: { equals: programId } },
      depth: 0,
      pagination: false,
      sort: 'day',
      select: { day: true, routine: true, pain: true, comment: true, loggedAt: true },
      ...(req ? { req, overrideAccess: false } : {}),
    }),
    payload.count({
      collection: 'patient-links',
      where: { program: { equals: programId }, lastSentAt: { exists: true } },
    }),
  ])
  const cadences = await routineCadences(payload, idsOf(program.routines as number[]))
  const timeZone = patient?.timeZone || clinic.timeZone || FALLBACK_ZONE
  const today = localDay(now, timeZone)
  const startDay = (program.startDate ?? now.toISOString()).slice(0, 10)
  return {
    program: {
      id: program.id,
      status: program.status,
      routines: idsOf(program.routines as number[]),
      practiceDays: program.practiceDays,
      startDate: program.startDate,
      patient: patientId,
      clinician: idOf(program.clinician as number) as number,
    },
    sent: sends.totalDocs > 0,
    timeZone,
    today,
    startDay,
    thresholds: thresholdsOf(clinic),
    planned: plannedBetween(
      {
        startDate: startDay,
        practiceDays: program.practiceDays ?? [],
        routines: cadences.map(({ id, frequency }) => ({ id, frequency })),
      },
      addDays(today, -PLANNED_DAYS_BACK),
      today,
    ),
    logs: logs.docs.map((log) => ({
      id: log.id,
      day: log.day,
      routine: idOf(log.routine as number) as number,
      pain: log.pain ?? null,
      comment: log.comment ?? null,
      loggedAt: log.loggedAt,
    })),
  }
}

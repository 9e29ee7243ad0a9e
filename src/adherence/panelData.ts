import type { PayloadRequest } from 'payload'

import { calendarSvg } from './charts/calendarChart'
import { painSvg } from './charts/painChart'
import { loadProgramAdherence } from './programAdherence'
import { summariseAdherence, type Adherence } from './statistics'

export type PanelComment = { day: string; routine: string; comment: string; pain: number | null }

export type AdherencePanelData = {
  today: string
  timeZone: string
  last7: Adherence
  last30: Adherence
  calendarSvg: string
  painSvg: string
  comments: PanelComment[]
  logCount: number
}

/**
 * What the program's Adherence panel shows, read as the request's staff member may read it
 * (the read of the logs is an audit event): the statistics, both charts as SVG, and the
 * comments with their routine's name.
 */
export const adherencePanelData = async (
  req: PayloadRequest,
  programId: number,
  now: Date,
): Promise<AdherencePanelData> => {
  const facts = await loadProgramAdherence(req.payload, programId, now, req)
  const summary = summariseAdherence(facts.planned, facts.logs, facts.today)
  const routineIds = [...new Set(facts.logs.map((log) => log.routine))]
  const routines = routineIds.length
    ? await req.payload.find({
        collection: 'routines',
        where: { id: { in: routineIds } },
        depth: 0,
        pagination: false,
        select: { name: true },
        req,
        overrideAccess: false,
      })
    : { docs: [] }
  const names = new Map(routines.docs.map((routine) => [routine.id, routine.name]))
  const painOf = new Map(facts.logs.map((log) => [`${log.day}|${log.routine}`, log.pain ?? null]))
  return {
    today: facts.today,
    timeZone: facts.timeZone,
    last7: summary.last7,
    last30: summary.last30,
    calendarSvg: calendarSvg(summary.calendar, summary.today),
    painSvg: painSvg(summary.pain, { urgentAt: facts.thresholds.painUrgentAt }),
    comments: summary.comments.map((comment) => ({
      day: comment.day,
      routine: names.get(comment.routine) ?? `Routine ${comment.routine}`,
      comment: comment.comment,
      pain: painOf.get(`${comment.day}|${comment.routine}`) ?? null,
    })),
    logCount: facts.logs.length,
  }
}

import type { Payload } from 'payload'

import { isUniqueViolation } from '../db/uniqueViolation'
import { alertEvents, type AlertEvent } from './alertRules'
import { loadProgramAdherence } from './programAdherence'

/** The key that makes an alert unique: the program, the rule and the event within it. */
export const eventKeyOf = (programId: number, event: Pick<AlertEvent, 'rule' | 'key'>) =>
  `${programId}:${event.rule}:${event.key}`

/**
 * Raises the alerts the program's session logs (or their absence) call for at `now`, each once:
 * an event already alerted is skipped, and two evaluations racing are settled by the unique
 * event key in PostgreSQL. Call it after a log is written and from the periodic check.
 * Returns the alerts raised by this call.
 */
export const evaluateAlerts = async (payload: Payload, programId: number, now: Date) => {
  const facts = await loadProgramAdherence(payload, programId, now)
  const events = alertEvents({
    today: facts.today,
    startDay: facts.startDay,
    // Sending leaves a program ready: a sent ready program is one the patient is working on.
    active: facts.program.status === 'active' || (facts.program.status === 'ready' && facts.sent),
    planned: facts.planned,
    logs: facts.logs,
    thresholds: facts.thresholds,
  })
  if (!events.length) {
    return []
  }
  const keys = events.map((event) => eventKeyOf(programId, event))
  const known = await payload.find({
    collection: 'alerts',
    where: { eventKey: { in: keys } },
    depth: 0,
    pagination: false,
    select: { eventKey: true },
  })
  const raised = new Set(known.docs.map((alert) => alert.eventKey))
  const created = []
  for (const event of events) {
    const eventKey = eventKeyOf(programId, event)
    if (raised.has(eventKey)) {
      continue
    }
    try {
      created.push(
        await payload.create({
          collection: 'alerts',
          depth: 0,
          data: {
            program: programId,
            patient: facts.program.patient,
            clinician: facts.program.clinician,
            rule: event.rule,
            severity: event.severity,
            message: event.message,
            eventKey,
            raisedAt: now.toISOString(),
          },
        }),
      )
    } catch (error) {
      if (!isUniqueViolation(error)) {
        throw error
      }
    }
  }
  return created
}

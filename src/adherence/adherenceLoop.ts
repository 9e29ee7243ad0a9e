import type { Payload } from 'payload'

import { startPeriodicLoop, type PeriodicLoop } from '../jobs/periodicLoop'
import { sendAlertEmails } from './alertEmails'
import { runAdherenceChecks } from './runAdherenceChecks'

/** How often clinicians' due alert emails are looked for (each is sent at most every 5 minutes). */
export const ALERT_EMAILS_EVERY_MS = 60_000
/** How often every active program's time-based rules are checked (a log checks its own at once). */
export const ADHERENCE_CHECKS_EVERY_MS = 15 * 60_000

/**
 * The adherence worker, beside the reminder loop: the clinicians' batched alert emails every
 * minute, and every program's time-based rules (no log for days, adherence falling) every
 * quarter of an hour, as the rules count whole days.
 */
export const startAdherenceLoop = (
  payload: Payload,
  { now = () => new Date() }: { now?: () => Date } = {},
): PeriodicLoop => {
  let checkedAt = 0
  return startPeriodicLoop(payload, {
    what: 'An adherence check',
    everyMs: ALERT_EMAILS_EVERY_MS,
    pass: async () => {
      const at = now()
      if (at.getTime() - checkedAt >= ADHERENCE_CHECKS_EVERY_MS) {
        checkedAt = at.getTime()
        return runAdherenceChecks(payload, at)
      }
      return sendAlertEmails(payload, at)
    },
  })
}

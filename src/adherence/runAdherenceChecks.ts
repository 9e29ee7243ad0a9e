import type { Payload } from 'payload'

import { sendableProgramStatuses } from '../../collections/vocabularies'
import { idOf } from '../relationships/idOf'
import { sendAlertEmails, type AlertEmailOutcome } from './alertEmails'
import { evaluateAlerts } from './evaluateAlerts'

const PAGE = 200

/**
 * The periodic check: evaluates the alert rules of every program a patient may be working on
 * (ready or active, and sent to them: their link works and carries a send), so the rules that depend on time (no log for days, adherence falling)
 * raise their alerts without a new log, then sends the clinicians' alert emails that are due.
 * Run it every minute or so (`npm run jobs`); running it twice at once raises and emails nothing twice.
 */
export const runAdherenceChecks = async (
  payload: Payload,
  now: Date,
): Promise<{ programs: number; raised: number; failed: number; emails: AlertEmailOutcome }> => {
  let programs = 0
  let raised = 0
  let failed = 0
  for (let page = 1; ; page++) {
    // Only programs sent to their patient can be logged: the others have nothing to check.
    const links = await payload.find({
      collection: 'patient-links',
      where: { lastSentAt: { exists: true }, state: { equals: 'active' } },
      depth: 0,
      limit: PAGE,
      page,
      sort: 'id',
      select: { program: true },
    })
    const batch = await payload.find({
      collection: 'programs',
      where: {
        id: { in: links.docs.map((link) => idOf(link.program)) },
        status: { in: [...sendableProgramStatuses] },
      },
      depth: 0,
      pagination: false,
      sort: 'id',
      select: {},
    })
    for (const program of batch.docs) {
      try {
        raised += (await evaluateAlerts(payload, program.id, now)).length
      } catch (error) {
        // One program's failure (deleted meanwhile, say) never stops the others' checks.
        failed += 1
        payload.logger.error(
          `The adherence check of program ${program.id} failed (${(error as Error)?.name ?? 'Error'}).`,
        )
      }
    }
    programs += batch.docs.length
    if (!links.hasNextPage) {
      break
    }
  }
  return { programs, raised, failed, emails: await sendAlertEmails(payload, now) }
}

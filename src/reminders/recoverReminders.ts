import type { Payload } from 'payload'

import { staleSendingAfterMs } from '../delivery/settings'
import { workerMayBeAlive } from '../delivery/workerIdentity'
import { recordUnconfirmed, sendsIn } from './claims'

/**
 * Whether a claim can be taken over: nobody holds it (released after a failed try), its worker
 * ran on this machine and is gone, or it is older than a worker on another machine could take.
 */
export const isAbandoned = (claimedBy: string | null, claimedAt: string | null): boolean =>
  !claimedBy ||
  !workerMayBeAlive(claimedBy) ||
  !claimedAt ||
  Date.now() - new Date(claimedAt).getTime() > staleSendingAfterMs

/**
 * Reminders a stopped worker left `sending` may have reached the mail server: they are recorded
 * `unconfirmed` and never sent again. (Those it left `pending` never did, and are taken over by
 * the next pass while still due: `claimPendingReminders`.)
 */
export const recoverReminders = async (payload: Payload) => {
  const sending = await sendsIn(payload, 'sending')
  let interrupted = 0
  for (const row of sending) {
    if (isAbandoned(row.claimedBy as string | null, row.claimedAt as string | null)) {
      await recordUnconfirmed(payload, Number(row.id), row.claimedBy as string | null)
      interrupted += 1
    }
  }
  return { interrupted }
}

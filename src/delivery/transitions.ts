import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { staleSendingAfterMs } from './settings'

/**
 * The two transitions two workers could race for, as single conditional UPDATEs: the database
 * decides which worker wins, so a delivery is never worked on, or sent, by two at once.
 */
const execute = async (payload: Payload, query: ReturnType<typeof sql>) => {
  const result = await (payload.db as unknown as PostgresAdapter).drizzle.execute(query)
  return result.rows.length > 0
}

/** queued → queued and claimed by `worker` (a claim older than the stale limit can be taken over). */
export const claimDelivery = (payload: Payload, id: number, worker: string) =>
  execute(
    payload,
    sql`UPDATE deliveries SET claimed_by = ${worker}, claimed_at = now(), updated_at = now()
        WHERE id = ${id} AND status = 'queued'
          AND (claimed_by IS NULL OR claimed_at < now() - make_interval(secs => ${staleSendingAfterMs / 1000}))
        RETURNING id`,
  )

/** Claimed and queued → sending: recorded before the mail server hears of the message. */
export const startSending = (payload: Payload, id: number, worker: string) =>
  execute(
    payload,
    sql`UPDATE deliveries SET status = 'sending', sending_at = now(), updated_at = now()
        WHERE id = ${id} AND status = 'queued' AND claimed_by = ${worker}
        RETURNING id`,
  )

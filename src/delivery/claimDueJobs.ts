import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Marks up to `limit` of the queue's due jobs as processing, in one statement that skips rows
 * another worker is claiming, and returns their ids: each job goes to exactly one worker.
 * Payload 3.90's own runner finds due jobs, then marks them, so two workers polling at once
 * pick the same jobs (fixed upstream in payloadcms/payload#17441, not yet released).
 * The conditions are the runner's own: not completed, not given up on, not processing, and due.
 */
export const claimDueJobs = async (
  payload: Payload,
  queue: string,
  limit: number,
): Promise<number[]> => {
  const { rows } = await (payload.db as unknown as PostgresAdapter).drizzle.execute<{ id: number }>(
    sql`UPDATE payload_jobs SET processing = true, updated_at = now()
        WHERE id IN (
          SELECT id FROM payload_jobs
          WHERE queue = ${queue} AND completed_at IS NULL AND has_error IS NOT TRUE
            AND processing = false AND (wait_until IS NULL OR wait_until < now())
          ORDER BY created_at
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
        RETURNING id`,
  )
  return rows.map((row) => Number(row.id))
}

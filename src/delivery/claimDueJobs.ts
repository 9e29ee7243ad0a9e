import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { and, asc, eq, inArray, isNull, lt, ne, or, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { payloadTable } from '../db/payloadTables'

export const JOB_COLUMNS = [
  'id',
  'taskSlug',
  'input',
  'totalTried',
  'error',
  'queue',
  'completedAt',
  'hasError',
  'processing',
  'waitUntil',
  'createdAt',
  'updatedAt',
] as const

/** A job this worker now holds: what its task needs to run it. */
export type ClaimedJob = {
  id: number
  taskSlug: string
  input: unknown
  totalTried: number
}

/**
 * Marks up to `limit` of the queue's due jobs as processing, in one statement that skips rows
 * another worker is claiming, and returns them: each job goes to exactly one worker.
 * Payload 3.90's own runner finds due jobs, then marks them, so two workers polling at once
 * pick the same jobs (fixed upstream in payloadcms/payload#17441, not yet released).
 * The conditions are the runner's own: not completed, not given up on, not processing, and due.
 * The table and columns are Payload's jobs collection's, from its schema (`payloadTable`).
 */
export const claimDueJobs = async (
  payload: Payload,
  queue: string,
  limit: number,
): Promise<ClaimedJob[]> => {
  const jobs = payloadTable(payload, 'payload-jobs', JOB_COLUMNS)
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const due = drizzle
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        eq(jobs.queue, queue),
        isNull(jobs.completedAt),
        or(isNull(jobs.hasError), ne(jobs.hasError, true)),
        eq(jobs.processing, false),
        or(isNull(jobs.waitUntil), lt(jobs.waitUntil, sql`now()`)),
      ),
    )
    .orderBy(asc(jobs.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true })
  const rows = await drizzle
    .update(jobs)
    .set({ processing: true, updatedAt: sql`now()` } as Record<
      (typeof JOB_COLUMNS)[number],
      unknown
    >)
    .where(inArray(jobs.id, due))
    .returning({
      id: jobs.id,
      taskSlug: jobs.taskSlug,
      input: jobs.input,
      totalTried: jobs.totalTried,
    })
  return rows.map((row) => ({
    id: Number(row.id),
    taskSlug: String(row.taskSlug),
    input: row.input,
    totalTried: Number(row.totalTried ?? 0),
  }))
}

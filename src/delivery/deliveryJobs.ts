import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { eq, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { payloadTable } from '../db/payloadTables'
import { JOB_COLUMNS, type ClaimedJob } from './claimDueJobs'
import { maxSendAttempts, retryBaseDelayMs } from './settings'
import { runSendDelivery } from './tasks'
import { untilStored } from './untilStored'

type JobColumn = (typeof JOB_COLUMNS)[number]

/**
 * A delivery's job is finished with one SQL statement on Payload's jobs table (named from its
 * schema), where Payload's runner reads, updates and logs a job several times.
 * The rows are the ones Payload's own runner (the app's `autoRun`) also reads, so either runs
 * any job; the task's retry rule is the same: exponential backoff, then given up on.
 */
const jobsTable = (payload: Payload) => ({
  drizzle: (payload.db as unknown as PostgresAdapter).drizzle,
  jobs: payloadTable(payload, 'payload-jobs', JOB_COLUMNS),
})

const values = (row: Partial<Record<JobColumn, unknown>>) => row as Record<JobColumn, unknown>

/**
 * Runs a claimed delivery job: deleted when done, else released to be tried again later (each
 * write tried again through a database restart, as the delivery's own are).
 */
export const runDeliveryJob = async (payload: Payload, job: ClaimedJob) => {
  const { drizzle, jobs } = jobsTable(payload)
  const delivery = (job.input as { delivery?: unknown } | null)?.delivery
  try {
    if (typeof delivery !== 'number') {
      throw new Error('The job names no delivery.')
    }
    await runSendDelivery(payload, delivery)
  } catch (error) {
    const tried = job.totalTried + 1
    const givenUp = tried >= maxSendAttempts
    const release = () =>
      drizzle
        .update(jobs)
        .set(
          values({
            processing: false,
            totalTried: tried,
            hasError: givenUp,
            error: { message: error instanceof Error ? error.message : String(error) },
            waitUntil: givenUp
              ? null
              : new Date(Date.now() + 2 ** job.totalTried * retryBaseDelayMs()),
            updatedAt: sql`now()`,
          }),
        )
        .where(eq(jobs.id, job.id))
        .then(() => true)
    await untilStored(release)
    return
  }
  await untilStored(() =>
    drizzle
      .delete(jobs)
      .where(eq(jobs.id, job.id))
      .then(() => true),
  )
}

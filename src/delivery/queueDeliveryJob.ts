import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, Where } from 'payload'

import { payloadTable } from '../db/payloadTables'
import { JOB_COLUMNS } from './claimDueJobs'
import { deliveryQueue, sendDeliveryTaskSlug } from './settings'

/**
 * Queues the sending of one delivery as a row of Payload's jobs table, in one statement (the
 * row `payload.jobs.queue` would write, without its read-back). The job carries only the
 * delivery's id: no personal data in the jobs table or its logs.
 */
export const queueDeliveryJob = async (payload: Payload, deliveryId: number) => {
  const jobs = payloadTable(payload, 'payload-jobs', JOB_COLUMNS)
  const { drizzle } = payload.db as unknown as PostgresAdapter
  await drizzle.insert(jobs).values({
    taskSlug: sendDeliveryTaskSlug,
    queue: deliveryQueue,
    input: { delivery: deliveryId },
    totalTried: 0,
    hasError: false,
    processing: false,
    createdAt: sql`now()`,
    updatedAt: sql`now()`,
  } as Record<(typeof JOB_COLUMNS)[number], unknown>)
}

/** Delivery jobs not yet finished and not given up on. */
export const unfinishedDeliveryJobs: Where = {
  queue: { equals: deliveryQueue },
  completedAt: { exists: false },
  hasError: { not_equals: true },
}

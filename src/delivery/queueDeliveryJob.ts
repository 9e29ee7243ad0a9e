import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql, type SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, Where } from 'payload'

import { asColumnType, columnName, payloadTable } from '../db/payloadTables'
import { JOB_COLUMNS } from './claimDueJobs'
import { deliveryQueue, sendDeliveryTaskSlug } from './settings'

type JobColumn = (typeof JOB_COLUMNS)[number]

/**
 * Queues the sending of one delivery as a row of Payload's jobs table, in one statement (the
 * row `payload.jobs.queue` would write, without its read-back). The job carries only the
 * delivery's id: no personal data in the jobs table or its logs.
 */
export const queueDeliveryJob = async (payload: Payload, deliveryId: number) => {
  const { drizzle } = payload.db as unknown as PostgresAdapter
  await drizzle.execute(
    sql`with queued as (select ${deliveryId}::integer as id) ${deliveryJobsFrom(payload, 'queued')}`,
  )
}

/**
 * The same job row for each delivery id a WITH query named `source` returns (its column `id`),
 * as SQL to run in that statement: a delivery and its job are then written together or not at all.
 */
export const deliveryJobsFrom = (payload: Payload, source: string): SQL => {
  const jobs = payloadTable(payload, 'payload-jobs', JOB_COLUMNS)
  const column = (name: JobColumn) => columnName(jobs[name])
  const typed = (name: JobColumn, value: unknown) => asColumnType(jobs[name], value)
  const from = sql.identifier(source)
  return sql`insert into ${jobs} (${column('taskSlug')}, ${column('queue')}, ${column('input')},
      ${column('totalTried')}, ${column('hasError')}, ${column('processing')},
      ${column('createdAt')}, ${column('updatedAt')})
    select ${typed('taskSlug', sendDeliveryTaskSlug)}, ${typed('queue', deliveryQueue)},
      jsonb_build_object('delivery', ${from}.id), 0, false, false, now(), now() from ${from}`
}

/** Delivery jobs not yet finished and not given up on. */
export const unfinishedDeliveryJobs: Where = {
  queue: { equals: deliveryQueue },
  completedAt: { exists: false },
  hasError: { not_equals: true },
}

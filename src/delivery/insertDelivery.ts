import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { payloadTable } from '../db/payloadTables'
import type { HandoutSnapshot } from '../handouts/snapshot/schema'
import type { Delivery } from '../payload-types'
import { deliveryJobsFrom } from './queueDeliveryJob'

/** The columns a new delivery is written with (Payload's field names): checked at first use. */
export const NEW_DELIVERY_COLUMNS = [
  'id',
  'program',
  'patient',
  'clinician',
  'channel',
  'recipient',
  'template',
  'idempotencyKey',
  'contentVersions',
  'snapshot',
  'status',
  'queuedAt',
  'createdAt',
  'updatedAt',
] as const

export type NewDelivery = {
  program: number
  patient: number
  clinician: number
  recipient: string
  idempotencyKey: string
  snapshot: HandoutSnapshot
}

/**
 * A queued email delivery with its snapshot, and the job that sends it, in one statement:
 * `undefined` when a delivery with the same key exists (the database's unique key decides, so
 * two requests at once make one, and only the one made gets a job). Only the server writes
 * deliveries, and the snapshot was validated when it was made.
 */
export const insertQueuedDelivery = async (
  payload: Payload,
  delivery: NewDelivery,
): Promise<Pick<Delivery, 'id' | 'status'> | undefined> => {
  const deliveries = payloadTable(payload, 'deliveries', NEW_DELIVERY_COLUMNS)
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const inserted = drizzle
    .insert(deliveries)
    .values({
      ...delivery,
      channel: 'email',
      template: delivery.snapshot.template,
      contentVersions: delivery.snapshot.contentVersions,
      status: 'queued',
      queuedAt: new Date().toISOString(),
      createdAt: sql`now()`,
      updatedAt: sql`now()`,
    } as Record<(typeof NEW_DELIVERY_COLUMNS)[number], unknown>)
    .onConflictDoNothing()
    .returning({ id: deliveries.id })
  // drizzle puts the embedded insert in parentheses, as WITH wants them.
  const { rows } = await drizzle.execute(sql`with made as ${inserted},
    job as (${deliveryJobsFrom(payload, 'made')})
    select id from made`)
  const [row] = rows as { id: unknown }[]
  return row ? { id: Number(row.id), status: 'queued' } : undefined
}

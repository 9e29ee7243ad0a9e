import { randomBytes } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { and, eq, isNull, lt, or, sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionSlug, Payload } from 'payload'

import { asColumnType, columnName, payloadTable } from '../db/payloadTables'
import type { Delivery } from '../payload-types'
import { staleSendingAfterMs } from './settings'

/**
 * A delivery's steps on the send path, each one SQL statement (or one short transaction) on
 * Payload's own tables, named from its schema (`payloadTable`, checked at first use). Two
 * workers race for the claim and for `sending`: the database decides which one wins, so a
 * delivery is never worked on, or sent, by two at once. A statement that returns has been
 * committed (pg reports a failed commit), so no write here needs reading back.
 */
export const DELIVERY_COLUMNS = [
  'id',
  'status',
  'claimedBy',
  'claimedAt',
  'sendingAt',
  'sentAt',
  'messageId',
  'transport',
  'lastError',
  'filename',
  'mimeType',
  'filesize',
  'pdfSha256',
  'pdfBytes',
  'updatedAt',
] as const
export const ATTEMPT_COLUMNS = ['_order', '_parentID', 'id', 'at', 'outcome', 'error'] as const

type Column = (typeof DELIVERY_COLUMNS)[number]

const tables = (payload: Payload) => ({
  drizzle: (payload.db as unknown as PostgresAdapter).drizzle,
  deliveries: payloadTable(payload, 'deliveries', DELIVERY_COLUMNS),
  // The `attempts` array's rows: Payload keeps them in a table of their own.
  attempts: payloadTable(payload, 'deliveries_attempts' as CollectionSlug, ATTEMPT_COLUMNS),
})

const changes = (values: Partial<Record<Column, unknown>>) =>
  ({ ...values, updatedAt: sql`now()` }) as Record<Column, unknown>

/**
 * queued → queued and claimed by `worker` (a claim older than the stale limit can be taken
 * over), as a statement not yet run: `claimDeliveryToSend` runs it with what sending reads.
 */
export const claimQuery = (payload: Payload, id: number, worker: string) => {
  const { drizzle, deliveries: d } = tables(payload)
  return drizzle
    .update(d)
    .set(changes({ claimedBy: worker, claimedAt: sql`now()` }))
    .where(
      and(
        eq(d.id, id),
        eq(d.status, 'queued'),
        or(
          isNull(d.claimedBy),
          lt(d.claimedAt, sql`now() - make_interval(secs => ${staleSendingAfterMs / 1000})`),
        ),
      ),
    )
}

/**
 * queued and claimed by `worker` → queued and free: the worker stopped working on it (the
 * database went away mid-way, say), so the next claim, by any worker, can take it at once.
 * Resolves true once the statement has committed, whether or not it still held the claim.
 */
export const releaseClaim = async (payload: Payload, id: number, worker: string) => {
  const { drizzle, deliveries: d } = tables(payload)
  await drizzle
    .update(d)
    .set(changes({ claimedBy: null }))
    .where(and(eq(d.id, id), eq(d.status, 'queued'), eq(d.claimedBy, worker)))
  return true
}

/** The PDF file just written for a delivery, recorded on it as its upload. */
export type KeptPdf = { filename: string; bytes: number; sha256: string }

/**
 * Claimed and queued → sending, recorded before the mail server hears of the message, with the
 * PDF written for this attempt when it made one (in the same statement).
 */
export const startSending = async (payload: Payload, id: number, worker: string, pdf?: KeptPdf) => {
  const { drizzle, deliveries: d } = tables(payload)
  const kept = pdf
    ? {
        filename: pdf.filename,
        mimeType: 'application/pdf',
        filesize: pdf.bytes,
        pdfBytes: pdf.bytes,
        pdfSha256: pdf.sha256,
      }
    : {}
  const rows = await drizzle
    .update(d)
    .set(changes({ status: 'sending', sendingAt: sql`now()`, ...kept }))
    .where(and(eq(d.id, id), eq(d.status, 'queued'), eq(d.claimedBy, worker)))
    .returning({ id: d.id })
  return rows.length > 0
}

type Sent = Pick<Delivery, 'messageId' | 'transport'> & { attemptNumber: number; at: string }

/**
 * sending → sent, with its `sent` attempt, in one statement (the update in a WITH, the attempt
 * inserted from what it returns). True when this call recorded it; false when the delivery is
 * no longer `sending` (a write that committed before a lost connection, say).
 */
export const recordSent = async (
  payload: Payload,
  id: number,
  { messageId, transport, attemptNumber, at }: Sent,
) => {
  const { drizzle, deliveries: d, attempts: a } = tables(payload)
  const sent = drizzle
    .update(d)
    .set(
      changes({
        status: 'sent',
        messageId,
        transport,
        sentAt: at,
        claimedBy: null,
        lastError: null,
      }),
    )
    .where(and(eq(d.id, id), eq(d.status, 'sending')))
    .returning({ id: d.id })
  const column = (name: (typeof ATTEMPT_COLUMNS)[number]) => columnName(a[name])
  const typed = (name: (typeof ATTEMPT_COLUMNS)[number], value: unknown) =>
    asColumnType(a[name], value)
  // Payload's array rows are keyed by 24 hex digits (an ObjectId's shape).
  const attemptId = randomBytes(12).toString('hex')
  // drizzle puts the embedded update in parentheses, as WITH wants it.
  const { rows } = await drizzle.execute(sql`
    with sent as ${sent}
    insert into ${a} (${column('_order')}, ${column('_parentID')}, ${column('id')},
      ${column('at')}, ${column('outcome')}, ${column('error')})
    select ${typed('_order', attemptNumber)}, sent.id, ${typed('id', attemptId)},
      ${typed('at', at)}, ${typed('outcome', 'sent')}, null from sent
    returning ${column('_parentID')}`)
  return rows.length > 0
}

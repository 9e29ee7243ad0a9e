import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { and, eq, inArray, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { payloadTable } from '../db/payloadTables'
import type { DueCandidate } from './candidates'

/**
 * A reminder's steps, each one SQL statement on Payload's `reminder-sends` table (named from its
 * schema, checked at first use). The unique key on (program, patient, day, kind) lets exactly
 * one worker insert a reminder's row: that insert is the claim. A statement that returns has
 * been committed (pg reports a failed commit).
 */
export const SEND_COLUMNS = [
  'id',
  'program',
  'patient',
  'day',
  'kind',
  'status',
  'dueAt',
  'claimedBy',
  'claimedAt',
  'attempts',
  'sentAt',
  'messageId',
  'lastError',
  'updatedAt',
  'createdAt',
] as const
type Column = (typeof SEND_COLUMNS)[number]

const tables = (payload: Payload) => ({
  drizzle: (payload.db as unknown as PostgresAdapter).drizzle,
  sends: payloadTable(payload, 'reminder-sends', SEND_COLUMNS),
})

const changes = (values: Partial<Record<Column, unknown>>) =>
  ({ ...values, updatedAt: sql`now()` }) as Record<Column, unknown>

/** A reminder this worker holds: its row, and what its email needs. */
export type ClaimedReminder = DueCandidate & { id: number; attempts: number }

const key = (program: number, patient: number, day: string) => `${program}:${patient}:${day}`

/** Rows inserted per statement: under PostgreSQL's 65,535 bound parameters. */
const BATCH = 1_000

/**
 * Claims the due reminders no row exists for yet, for `worker`: one `INSERT … ON CONFLICT DO
 * NOTHING` per batch, returning only the rows this worker inserted. Reminders that already have
 * a row (sent, being sent, or claimed by another worker a moment ago) are left out first, so a
 * reminder due for two hours does not draw a sequence number at every pass.
 */
export const claimNewReminders = async (
  payload: Payload,
  due: DueCandidate[],
  worker: string,
): Promise<ClaimedReminder[]> => {
  const { drizzle, sends: s } = tables(payload)
  const claimed: ClaimedReminder[] = []
  for (let start = 0; start < due.length; start += BATCH) {
    const batch = due.slice(start, start + BATCH)
    const existing = await drizzle
      .select({ program: s.program, patient: s.patient, day: s.day })
      .from(s)
      .where(
        and(
          inArray(s.program, [...new Set(batch.map((one) => one.program))]),
          inArray(s.day, [...new Set(batch.map((one) => one.day))]),
          eq(s.kind, 'session'),
        ),
      )
    const taken = new Set(
      existing.map((row) => key(Number(row.program), Number(row.patient), String(row.day))),
    )
    const fresh = batch.filter((one) => !taken.has(key(one.program, one.patient, one.day)))
    if (fresh.length === 0) {
      continue
    }
    const rows = await drizzle
      .insert(s)
      .values(
        fresh.map(
          (one) =>
            ({
              program: one.program,
              patient: one.patient,
              day: one.day,
              kind: 'session',
              status: 'pending',
              dueAt: new Date(one.dueAt).toISOString(),
              claimedBy: worker,
              claimedAt: sql`now()`,
              attempts: 0,
              updatedAt: sql`now()`,
              createdAt: sql`now()`,
            }) as Record<Column, unknown>,
        ),
      )
      .onConflictDoNothing()
      .returning({ id: s.id, program: s.program, patient: s.patient, day: s.day })
    const byKey = new Map(fresh.map((one) => [key(one.program, one.patient, one.day), one]))
    for (const row of rows) {
      const one = byKey.get(key(Number(row.program), Number(row.patient), String(row.day)))!
      claimed.push({ ...one, id: Number(row.id), attempts: 0 })
    }
  }
  return claimed
}

/**
 * Takes over reminders left `pending` (never handed to the mail server) whose claim was released
 * after a failed try, or belongs to a worker that is gone: one `UPDATE … WHERE id IN (SELECT …
 * FOR UPDATE SKIP LOCKED)`, only while the candidate list still says they are due.
 */
export const claimPendingReminders = async (
  payload: Payload,
  due: DueCandidate[],
  worker: string,
  isAbandoned: (claimedBy: string | null, claimedAt: string | null) => boolean,
): Promise<ClaimedReminder[]> => {
  const { drizzle, sends: s } = tables(payload)
  const pending = await drizzle
    .select({ id: s.id, claimedBy: s.claimedBy, claimedAt: s.claimedAt })
    .from(s)
    .where(eq(s.status, 'pending'))
  const free = pending.filter((row) =>
    isAbandoned(row.claimedBy as string | null, row.claimedAt as string | null),
  )
  if (free.length === 0) {
    return []
  }
  const lockable = drizzle
    .select({ id: s.id })
    .from(s)
    .where(
      and(
        inArray(
          s.id,
          free.map((row) => Number(row.id)),
        ),
        eq(s.status, 'pending'),
      ),
    )
    .for('update', { skipLocked: true })
  const rows = await drizzle
    .update(s)
    .set(changes({ claimedBy: worker, claimedAt: sql`now()` }))
    .where(inArray(s.id, lockable))
    .returning({
      id: s.id,
      program: s.program,
      patient: s.patient,
      day: s.day,
      attempts: s.attempts,
    })
  const byKey = new Map(due.map((one) => [key(one.program, one.patient, one.day), one]))
  const claimed: ClaimedReminder[] = []
  const noLongerDue: number[] = []
  for (const row of rows) {
    const one = byKey.get(key(Number(row.program), Number(row.patient), String(row.day)))
    if (one) {
      claimed.push({ ...one, id: Number(row.id), attempts: Number(row.attempts ?? 0) })
    } else {
      noLongerDue.push(Number(row.id))
    }
  }
  if (noLongerDue.length > 0) {
    await drizzle
      .update(s)
      .set(
        changes({
          status: 'failed',
          claimedBy: null,
          lastError:
            'Not sent: no longer due (too late, reminders turned off, or the link stopped).',
        }),
      )
      .where(and(inArray(s.id, noLongerDue), eq(s.status, 'pending')))
  }
  return claimed
}

/**
 * pending and held by `worker` → sending, for the few reminders about to be handed to the mail
 * transport together: recorded before the mail server hears of them. Returns the ids this
 * worker still held.
 */
export const startSending = async (payload: Payload, ids: number[], worker: string) => {
  const { drizzle, sends: s } = tables(payload)
  const rows = await drizzle
    .update(s)
    .set(changes({ status: 'sending', attempts: sql`coalesce(${s.attempts}, 0) + 1` }))
    .where(and(inArray(s.id, ids), eq(s.status, 'pending'), eq(s.claimedBy, worker)))
    .returning({ id: s.id })
  return new Set(rows.map((row) => Number(row.id)))
}

/** sending → sent, for the reminders the mail server accepted, in one statement. */
export const recordSent = async (
  payload: Payload,
  sent: Array<{ id: number; messageId: string }>,
  at: string,
) => {
  if (sent.length === 0) {
    return true
  }
  const { drizzle, sends: s } = tables(payload)
  const ids = sql.join(
    sent.map((one) => sql`(${one.id}::int, ${one.messageId}::text)`),
    sql`, `,
  )
  await drizzle.execute(sql`
    UPDATE ${s} SET ${sql.identifier(s.status.name)} = 'sent',
      ${sql.identifier(s.sentAt.name)} = ${at}::timestamptz,
      ${sql.identifier(s.messageId.name)} = accepted.message_id,
      ${sql.identifier(s.claimedBy.name)} = NULL, ${sql.identifier(s.lastError.name)} = NULL,
      ${sql.identifier(s.updatedAt.name)} = now()
    FROM (VALUES ${ids}) AS accepted(id, message_id)
    WHERE ${s.id} = accepted.id AND ${s.status} = 'sending'`)
  return true
}

/**
 * sending → pending for another try (the mail server never took the message: unreachable, or a
 * 4xx reply), or → failed for good (a 5xx reply, or too many tries).
 */
export const recordNotSent = async (
  payload: Payload,
  id: number,
  error: string,
  permanent: boolean,
) => {
  const { drizzle, sends: s } = tables(payload)
  await drizzle
    .update(s)
    .set(changes({ status: permanent ? 'failed' : 'pending', claimedBy: null, lastError: error }))
    .where(and(eq(s.id, id), eq(s.status, 'sending')))
}

/** Rows in a status, for recovery: id, who holds it, since when. */
export const sendsIn = async (payload: Payload, status: 'sending' | 'pending') => {
  const { drizzle, sends: s } = tables(payload)
  return drizzle
    .select({ id: s.id, claimedBy: s.claimedBy, claimedAt: s.claimedAt, dueAt: s.dueAt })
    .from(s)
    .where(eq(s.status, status))
}

/**
 * sending → unconfirmed, for a reminder whose worker stopped while handing it to the mail
 * server: it may have arrived, so it is never sent again.
 */
export const recordUnconfirmed = async (payload: Payload, id: number, claimedBy: string | null) => {
  const { drizzle, sends: s } = tables(payload)
  await drizzle
    .update(s)
    .set(
      changes({
        status: 'unconfirmed',
        claimedBy: null,
        lastError:
          'The worker stopped while the mail server was receiving this reminder, so it may have arrived. It was not sent again.',
      }),
    )
    .where(
      and(
        eq(s.id, id),
        eq(s.status, 'sending'),
        claimedBy === null ? sql`${s.claimedBy} IS NULL` : eq(s.claimedBy, claimedBy),
      ),
    )
}

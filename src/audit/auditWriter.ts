import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { AuditAction, AuditedCollection, Role } from '../../collections/vocabularies'
import { payloadTable } from '../db/payloadTables'
import { purgeAuditEvents } from './retention'

/** One audit event as stored: ids, words and a network, never a field's value. */
export type AuditEvent = {
  userId: number | null
  role: Role | null
  action: AuditAction
  collection: AuditedCollection
  recordIds: Array<number | string>
  network: string
}

type Pending = { row: AuditEvent & { at: string }; stored: () => void }

/** Rows per INSERT: a list of 100 records is one event, so a batch this size is many requests. */
const MAX_BATCH = 500
/** A failed write is tried again after 0.25, 0.5, 1 and 2 s before its events are given up. */
const ATTEMPTS = 5
const DAY_MS = 24 * 60 * 60 * 1000
/** Events waiting while the database is unreachable, at most: past it, new ones are counted and logged. */
const MAX_QUEUED = 100_000

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type MaybeDatabaseError = { code?: string; name?: string; cause?: unknown }

/**
 * The database error's code only (drizzle wraps PostgreSQL's error as its `cause`): a message
 * can quote the query's values.
 */
const reasonOf = (error: unknown): string => {
  const { code, name, cause } = (error ?? {}) as MaybeDatabaseError
  if (code) {
    return `database error ${code}`
  }
  return cause ? reasonOf(cause) : (name ?? 'error')
}

export const EVENT_COLUMNS = [
  'at',
  'userId',
  'role',
  'action',
  'collection',
  'recordIds',
  'network',
] as const

/** One INSERT of many rows, into the audit collection's table as Payload's schema names it. */
const insert = (payload: Payload, rows: Pending['row'][]) =>
  (payload.db as unknown as PostgresAdapter).drizzle
    .insert(payloadTable(payload, 'audit-events', EVENT_COLUMNS))
    .values(
      rows.map(
        (row) =>
          ({
            at: row.at,
            userId: row.userId,
            role: row.role,
            action: row.action,
            collection: row.collection,
            recordIds: row.recordIds,
            network: row.network,
          }) as Record<(typeof EVENT_COLUMNS)[number], unknown>,
      ),
    )

/**
 * The events of one process, written behind the requests that made them: a request only adds
 * its event to the queue and never waits for the database. One INSERT is in flight at a time and
 * takes every event queued meanwhile (a group commit), so under load many requests share one
 * statement. A write that keeps failing is logged with its count and actions (no personal data
 * ever reaches an event). Once a day, after a write, events past the retention are purged.
 */
const auditWriter = (payload: Payload) => {
  const queue: Pending[] = []
  let draining: Promise<void> | undefined
  let purgedAt = 0
  let dropped = 0

  const write = async (batch: Pending[]) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await insert(
          payload,
          batch.map(({ row }) => row),
        )
        return true
      } catch (error) {
        if (attempt >= ATTEMPTS) {
          const actions = [...new Set(batch.map(({ row }) => row.action))].join(', ')
          payload.logger.error(
            `Audit trail: ${batch.length} event(s) NOT recorded (${actions}): ${reasonOf(error)}`,
          )
          return false
        }
        await pause(125 * 2 ** attempt)
      }
    }
  }

  const purgeDaily = async () => {
    if (Date.now() - purgedAt < DAY_MS) {
      return
    }
    purgedAt = Date.now()
    try {
      await purgeAuditEvents(payload)
    } catch (error) {
      payload.logger.error(`Audit trail: old events not purged: ${(error as Error).message}`)
    }
  }

  const drain = async () => {
    while (queue.length > 0) {
      if (dropped > 0) {
        payload.logger.error(
          `Audit trail: ${dropped} event(s) NOT recorded: more than ${MAX_QUEUED} were waiting for the database.`,
        )
        dropped = 0
      }
      const batch = queue.splice(0, MAX_BATCH)
      const written = await write(batch)
      batch.forEach(({ stored }) => stored())
      if (written) {
        await purgeDaily()
      }
    }
    draining = undefined
  }

  return {
    add: (event: AuditEvent) =>
      new Promise<void>((stored) => {
        if (queue.length >= MAX_QUEUED) {
          dropped += 1
          stored()
          return
        }
        queue.push({ row: { ...event, at: new Date().toISOString() }, stored })
        // Events of the same turn of the event loop go in one statement.
        draining ??= new Promise((resolve) => setImmediate(resolve)).then(drain)
      }),
    flush: () => draining ?? Promise.resolve(),
  }
}

const writers = new WeakMap<Payload, ReturnType<typeof auditWriter>>()
const writerOf = (payload: Payload) => {
  let writer = writers.get(payload)
  if (!writer) {
    writer = auditWriter(payload)
    writers.set(payload, writer)
  }
  return writer
}

let warnedOff = false

/**
 * Adds an event to the trail. The promise settles once the event is stored (or, after retries,
 * logged as lost): never rejects, and a request need not wait for it. `AUDIT_EVENTS=off` is for
 * `npm run bench:rest`'s comparison only: it records nothing and says so in the log.
 */
export const recordAuditEvent = (payload: Payload, event: AuditEvent): Promise<void> => {
  if (process.env.AUDIT_EVENTS === 'off') {
    if (!warnedOff) {
      warnedOff = true
      payload.logger.warn('AUDIT_EVENTS=off: staff access is NOT recorded (benchmarks only).')
    }
    return Promise.resolve()
  }
  return writerOf(payload).add(event)
}

/** Waits until every event recorded so far is stored (shutdown, tests, the CSV export). */
export const flushAuditEvents = (payload: Payload): Promise<void> => writerOf(payload).flush()

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { lt } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { payloadTable } from '../db/payloadTables'

/** HIPAA asks for six years (45 CFR 164.316(b)(2)): the default when nothing else is set. */
export const DEFAULT_RETENTION_YEARS = 6

/**
 * The oldest time an event is kept at: `AUDIT_RETENTION_DAYS` days before `now`, or six calendar
 * years before it. A setting that is not a whole number of days of at least 1 is refused with
 * its reason (nothing is purged on a mistyped setting).
 */
export const retentionCutoff = (now: Date, setting = process.env.AUDIT_RETENTION_DAYS): Date => {
  if (setting === undefined || setting.trim() === '') {
    const cutoff = new Date(now)
    cutoff.setUTCFullYear(cutoff.getUTCFullYear() - DEFAULT_RETENTION_YEARS)
    return cutoff
  }
  const days = Number(setting)
  if (!/^\d+$/.test(setting.trim()) || days < 1) {
    throw new Error(
      `AUDIT_RETENTION_DAYS must be a whole number of days (at least 1), not "${setting}".`,
    )
  }
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000)
}

/** Deletes the events older than the retention; returns how many went. */
export const purgeAuditEvents = async (payload: Payload, now = new Date()): Promise<number> => {
  const cutoff = retentionCutoff(now).toISOString()
  const events = payloadTable(payload, 'audit-events', ['id', 'at'])
  const rows = await (payload.db as unknown as PostgresAdapter).drizzle
    .delete(events)
    .where(lt(events.at, cutoff))
    .returning({ id: events.id })
  return rows.length
}

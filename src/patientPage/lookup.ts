import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { isTokenOf, tokenHash } from '../patientLinks/token'

/** A link that opens a program: the delivery it shows. */
export type OpenedLink = { id: number; program: number; delivery: number }

type Row = OpenedLink & { version: number }

/**
 * Finds a working link by its token in one indexed read: every token, whatever its shape or
 * however much of it matches, costs the same hash and the same index probe, so no answer comes
 * sooner for a near miss. Unknown, stopped and expired links are all "no row".
 */
export const lookUpLink = async (
  payload: Payload,
  token: string,
  now: Date,
): Promise<OpenedLink | undefined> => {
  const hash = tokenHash(token.slice(0, 200))
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const { rows } = await drizzle.execute<Row>(
    sql`SELECT id, program_id AS program, version::int AS version, delivery_id AS delivery
        FROM patient_links
        WHERE token_hash = ${hash} AND state = 'active' AND expires_at > ${now.toISOString()}
          AND delivery_id IS NOT NULL`,
  )
  const row = rows[0]
  return row && isTokenOf(token, row.program, row.version)
    ? { id: row.id, program: row.program, delivery: row.delivery }
    : undefined
}

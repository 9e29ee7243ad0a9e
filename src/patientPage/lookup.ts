import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { isTokenOf, tokenHash } from '../patientLinks/token'

/** A link that opens a program: the delivery it shows. */
export type OpenedLink = { program: number; delivery: number }

type Row = { program: number; version: number; delivery: number }

/**
 * Finds a working link by its token in one indexed statement: every token, whatever its shape
 * or however much of it matches, costs the same hash and the same index probe, so no answer
 * comes sooner for a near miss. Unknown, stopped and expired links are all "no row". With
 * `countOpen`, the same statement records the visit (time and network, never the address).
 */
export const lookUpLink = async (
  payload: Payload,
  token: string,
  now: Date,
  open?: { network: string },
): Promise<OpenedLink | undefined> => {
  const hash = tokenHash(token.slice(0, 200))
  const at = now.toISOString()
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const where = sql`token_hash = ${hash} AND state = 'active' AND expires_at > ${at} AND delivery_id IS NOT NULL`
  const { rows } = await drizzle.execute<Row>(
    open
      ? sql`UPDATE patient_links SET open_count = open_count + 1, last_opened_at = ${at}, last_opened_from = ${open.network}
            WHERE ${where} RETURNING program_id AS program, version::int AS version, delivery_id AS delivery`
      : sql`SELECT program_id AS program, version::int AS version, delivery_id AS delivery FROM patient_links WHERE ${where}`,
  )
  const row = rows[0]
  return row && isTokenOf(token, row.program, row.version)
    ? { program: row.program, delivery: row.delivery }
    : undefined
}

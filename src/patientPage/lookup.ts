import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { isTokenOf, tokenHash } from '../patientLinks/token'

/** A link that opens a program: the delivery it shows. */
export type OpenedLink = { id: number; program: number; delivery: number }

type Row = OpenedLink & { patient: number; version: number; format: number | null }

/**
 * Finds a working link by its token in one indexed read: every token, whatever its shape or
 * however much of it matches, costs the same hash and the same index probe, so no answer comes
 * sooner for a near miss. A link opens only the delivery sent to the patient it was made for,
 * while that patient is still the program's, active and not erased. Unknown, stopped and
 * expired links, links of a moved program, an archived or erased patient, and links the
 * current secret no longer makes are all "no row".
 */
export const lookUpLink = async (
  payload: Payload,
  token: string,
  now: Date,
): Promise<OpenedLink | undefined> => {
  const hash = tokenHash(token.slice(0, 200))
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const { rows } = await drizzle.execute<Row>(
    sql`SELECT link.id, link.program_id AS program, link.patient_id AS patient,
          link.version::int AS version, link.token_format::int AS format,
          link.delivery_id AS delivery
        FROM patient_links link
        JOIN programs program
          ON program.id = link.program_id AND program.patient_id = link.patient_id
        JOIN patients patient
          ON patient.id = link.patient_id AND patient.status IS DISTINCT FROM 'archived'
          AND patient.erased_at IS NULL
        JOIN deliveries delivery
          ON delivery.id = link.delivery_id AND delivery.patient_id = link.patient_id
          AND delivery.program_id = link.program_id AND delivery.erased_at IS NULL
        WHERE link.token_hash = ${hash} AND link.state = 'active'
          AND link.expires_at > ${now.toISOString()}`,
  )
  const row = rows[0]
  return row && isTokenOf(token, { ...row, format: row.format ?? 2 })
    ? { id: row.id, program: row.program, delivery: row.delivery }
    : undefined
}

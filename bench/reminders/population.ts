import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { linkToken, tokenHash } from '../../src/patientLinks/token'

/**
 * `count` patients who all chose a reminder at `time` (the clinic's zone), each with an active
 * program of `routines`, a sent delivery and a working link, written in a few set-wise SQL
 * statements on Payload's tables (Payload's Local API would take minutes for 10,000; none of this
 * is timed). The rows are what the app would have written: a link's hash is of the token the
 * server secret makes for it.
 */
export const createRemindedPopulation = async (
  payload: Payload,
  {
    count,
    time,
    routines,
    clinician,
  }: { count: number; time: string; routines: number[]; clinician: number },
) => {
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const run = async <T>(query: ReturnType<typeof sql>) =>
    (await drizzle.execute<T & Record<string, unknown>>(query)).rows
  const stamp = Date.now().toString(36)
  const patients = await run<{ id: number }>(sql`
    INSERT INTO patients (name, email, email_consent, preferred_language, clinician_id, status)
    SELECT 'Bench Patient ' || g, 'bench.' || ${stamp}::text || '.' || g || '@patients.example', true, 'en', ${clinician}::int, 'active'
    FROM generate_series(1, ${count}::int) AS g RETURNING id`)
  const ids = patients.map((row) => Number(row.id))
  const programs = await run<{ id: number; patient: number }>(sql`
    INSERT INTO programs (patient_id, clinician_id, status, template, start_date, list_title, large_print)
    SELECT p, ${clinician}::int, 'active', 'home-program', now(), 'Bench program', false
    FROM unnest(${sql.raw(`ARRAY[${ids.join(',')}]::int[]`)}) AS p RETURNING id, patient_id AS patient`)
  const programIds = programs.map((row) => Number(row.id))
  const programArray = sql.raw(`ARRAY[${programIds.join(',')}]::int[]`)
  for (const [order, routine] of routines.entries()) {
    await run(sql`
      INSERT INTO programs_rels ("order", parent_id, path, routines_id)
      SELECT ${order + 1}::int, p, 'routines', ${routine}::int FROM unnest(${programArray}) AS p`)
  }
  await run(sql`
    INSERT INTO deliveries (program_id, patient_id, clinician_id, channel, template, idempotency_key, status, sent_at)
    SELECT pr.id, pr.patient_id, ${clinician}::int, 'email', 'home-program', 'bench-' || ${stamp}::text || '-' || pr.id, 'sent', now()
    FROM programs pr WHERE pr.id = ANY(${programArray})`)
  const deliveries = await run<{ id: number; program: number }>(sql`
    SELECT id, program_id AS program FROM deliveries WHERE program_id = ANY(${programArray})`)
  const deliveryOf = new Map(deliveries.map((row) => [Number(row.program), Number(row.id)]))
  const expires = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString()
  for (let start = 0; start < programs.length; start += 1000) {
    const rows = programs.slice(start, start + 1000).map((program) => {
      const parts = {
        program: Number(program.id),
        patient: Number(program.patient),
        version: 1,
        format: 2,
      }
      return sql`(${parts.program}::int, ${parts.patient}::int, ${tokenHash(linkToken(parts))}, 1, 2, 'active', ${expires}::timestamptz, ${deliveryOf.get(parts.program)}::int, 0)`
    })
    await run(sql`
      INSERT INTO patient_links (program_id, patient_id, token_hash, version, token_format, state, expires_at, delivery_id, open_count)
      VALUES ${sql.join(rows, sql`, `)}`)
  }
  await run(sql`
    INSERT INTO reminder_preferences (program_id, patient_id, email, time)
    SELECT pr.id, pr.patient_id, true, ${time} FROM programs pr WHERE pr.id = ANY(${programArray})`)
  return { patients: ids, programs: programIds }
}

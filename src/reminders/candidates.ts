import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionSlug, Payload } from 'payload'

import { sendableProgramStatuses } from '../../collections/vocabularies'
import { payloadTable } from '../db/payloadTables'
import { linkToken, madeWithCurrentSecret, type TokenParts } from '../patientLinks/token'
import { dueReminder, type DueReminder } from './schedule'

/** A patient whose reminder for a program is due now, with what its email links to. */
export type DueCandidate = DueReminder & {
  program: number
  patient: number
  /** The token of the patient's working link, made as the link's own (never stored). */
  linkToken: string
}

const tables = (payload: Payload) => ({
  prefs: payloadTable(payload, 'reminder-preferences', [
    'id',
    'program',
    'patient',
    'email',
    'time',
  ]),
  quiet: payloadTable(payload, 'reminder_preferences_quiet_days' as CollectionSlug, [
    'parent',
    'value',
  ]),
  practice: payloadTable(payload, 'programs_practice_days' as CollectionSlug, ['parent', 'value']),
  programs: payloadTable(payload, 'programs', ['id', 'patient', 'status']),
  patients: payloadTable(payload, 'patients', [
    'id',
    'email',
    'emailConsent',
    'timeZone',
    'status',
    'erasedAt',
  ]),
  links: payloadTable(payload, 'patient-links', [
    'program',
    'patient',
    'state',
    'delivery',
    'expiresAt',
    'version',
    'tokenFormat',
    'tokenHash',
  ]),
})

type Row = {
  program: number
  patient: number
  time: string
  time_zone: string | null
  quiet: string[] | null
  practice: string[] | null
  version: number
  token_format: number | null
  token_hash: string
}

/**
 * The row's reminder due at `now`, if any. A stored zone or time this server cannot read (set
 * in SQL, or a zone a newer tz database knows) skips that one patient, never the whole pass.
 */
const dueAt = (row: Row, now: number, clinicTimeZone: string) => {
  try {
    return dueReminder(
      {
        timeZone: row.time_zone || clinicTimeZone,
        time: row.time,
        practiceDays: row.practice ?? [],
        quietDays: row.quiet ?? [],
      },
      now,
    )
  } catch {
    return undefined
  }
}

/**
 * Everyone who may be reminded at `now`, in one statement: email reminders on; the program
 * ready or active (the statuses a program is sent in) and still theirs; the patient with email
 * consent, an address, not archived or erased; their link sent, not stopped, not expired at
 * `now`. The link must also be one the current secret makes (checked here, as the page does),
 * and the reminder due at `now` in their time zone (theirs, else `clinicTimeZone`).
 */
export const dueCandidates = async (
  payload: Payload,
  now: number,
  clinicTimeZone: string,
): Promise<DueCandidate[]> => {
  const { prefs, quiet, practice, programs, patients, links } = tables(payload)
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const at = new Date(now).toISOString()
  const statuses = sql.join(
    sendableProgramStatuses.map((status) => sql`${status}`),
    sql`, `,
  )
  const { rows } = await drizzle.execute<Row>(sql`
    SELECT ${prefs.program} AS program, ${prefs.patient} AS patient, ${prefs.time} AS time,
      ${patients.timeZone} AS time_zone,
      ARRAY(SELECT ${quiet.value}::text FROM ${quiet} WHERE ${quiet.parent} = ${prefs.id}) AS quiet,
      ARRAY(SELECT ${practice.value}::text FROM ${practice} WHERE ${practice.parent} = ${programs.id}) AS practice,
      ${links.version} AS version, ${links.tokenFormat} AS token_format,
      ${links.tokenHash} AS token_hash
    FROM ${prefs}
    JOIN ${programs} ON ${programs.id} = ${prefs.program} AND ${programs.patient} = ${prefs.patient}
    JOIN ${patients} ON ${patients.id} = ${prefs.patient}
    JOIN ${links} ON ${links.program} = ${prefs.program} AND ${links.patient} = ${prefs.patient}
    WHERE ${prefs.email} = true
      AND ${programs.status}::text IN (${statuses})
      AND ${patients.emailConsent} = true
      AND coalesce(${patients.email}, '') <> ''
      AND ${patients.erasedAt} IS NULL
      AND coalesce(${patients.status}::text, 'active') <> 'archived'
      AND ${links.state}::text = 'active'
      AND ${links.delivery} IS NOT NULL
      AND ${links.expiresAt} > ${at}::timestamptz
  `)
  const due: DueCandidate[] = []
  for (const row of rows) {
    const reminder = dueAt(row, now, clinicTimeZone)
    if (!reminder) {
      continue
    }
    const parts: TokenParts = {
      program: Number(row.program),
      patient: Number(row.patient),
      version: Number(row.version),
      format: row.token_format ?? 2,
    }
    if (!madeWithCurrentSecret({ ...parts, tokenHash: row.token_hash })) {
      continue
    }
    due.push({
      ...reminder,
      program: parts.program,
      patient: parts.patient,
      linkToken: linkToken(parts),
    })
  }
  return due
}

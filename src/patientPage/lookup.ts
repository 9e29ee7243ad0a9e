import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { and, eq, gt, isNull, ne, or, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { payloadTable } from '../db/payloadTables'
import { isTokenOf, tokenHash } from '../patientLinks/token'
import type { OwnerFacts } from '../sessionLogs/loggingState'

/**
 * A link that opens a program: the delivery it shows, whose program it is, and what the
 * patient's own part of the page needs of the patient and the program (read in the same row).
 */
export type OpenedLink = {
  id: number
  program: number
  patient: number
  delivery: number
} & OwnerFacts

/** The columns the lookup reads, by table (Payload's field names): checked at first use. */
export const LOOKUP_COLUMNS = {
  'patient-links': [
    'id',
    'program',
    'patient',
    'version',
    'tokenFormat',
    'delivery',
    'tokenHash',
    'state',
    'expiresAt',
  ],
  programs: ['id', 'patient', 'startDate'],
  patients: ['id', 'status', 'erasedAt', 'timeZone', 'email', 'emailConsent'],
  deliveries: ['id', 'patient', 'program', 'erasedAt'],
} as const

/**
 * Finds a working link by its token in one indexed read: every token, whatever its shape or
 * however much of it matches, costs the same hash and the same index probe, so no answer comes
 * sooner for a near miss. The same read gives what the patient's part of the page needs of the
 * patient and the program it joins anyway (their time zone, whether they can be emailed, the
 * program's first day). A link opens only the delivery sent to the patient it was made for,
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
  const link = payloadTable(payload, 'patient-links', LOOKUP_COLUMNS['patient-links'])
  const program = payloadTable(payload, 'programs', LOOKUP_COLUMNS.programs)
  const patient = payloadTable(payload, 'patients', LOOKUP_COLUMNS.patients)
  const delivery = payloadTable(payload, 'deliveries', LOOKUP_COLUMNS.deliveries)
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const rows = await drizzle
    .select({
      id: link.id,
      program: link.program,
      patient: link.patient,
      version: link.version,
      format: link.tokenFormat,
      delivery: link.delivery,
      timeZone: patient.timeZone,
      // Whether the patient can be emailed, not their address: nothing of it leaves the database.
      canEmail: sql<boolean>`coalesce(${patient.email} <> '' and ${patient.emailConsent}, false)`,
      // Payload reads a date as its UTC instant (ISO 8601); the day is that instant's.
      startDay: sql<string | null>`to_char(${program.startDate} at time zone 'UTC', 'YYYY-MM-DD')`,
    })
    .from(link)
    .innerJoin(program, and(eq(program.id, link.program), eq(program.patient, link.patient)))
    .innerJoin(
      patient,
      and(
        eq(patient.id, link.patient),
        or(isNull(patient.status), ne(patient.status, 'archived')),
        isNull(patient.erasedAt),
      ),
    )
    .innerJoin(
      delivery,
      and(
        eq(delivery.id, link.delivery),
        eq(delivery.patient, link.patient),
        eq(delivery.program, link.program),
        isNull(delivery.erasedAt),
      ),
    )
    .where(
      and(
        eq(link.tokenHash, hash),
        eq(link.state, 'active'),
        gt(link.expiresAt, now.toISOString()),
      ),
    )
    .limit(1)
  const row = rows[0] as Record<keyof (typeof rows)[number], unknown> | undefined
  if (!row) {
    return undefined
  }
  const parts = {
    program: Number(row.program),
    patient: Number(row.patient),
    version: Number(row.version),
    format: row.format === null ? 2 : Number(row.format),
  }
  return isTokenOf(token, parts)
    ? {
        id: Number(row.id),
        program: parts.program,
        patient: parts.patient,
        delivery: Number(row.delivery),
        timeZone: typeof row.timeZone === 'string' ? row.timeZone : null,
        canEmail: row.canEmail === true,
        startDay: typeof row.startDay === 'string' ? row.startDay : null,
      }
    : undefined
}

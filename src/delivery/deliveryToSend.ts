import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { eq, sql } from '@payloadcms/db-postgres/drizzle'
import type { CollectionSlug, Payload } from 'payload'

import { payloadTable } from '../db/payloadTables'
import type { Delivery } from '../payload-types'
import { ATTEMPT_COLUMNS, claimQuery } from './transitions'

/** What sending reads of a delivery (Payload's field names): checked at first use. */
export const TO_SEND_COLUMNS = [
  'id',
  'program',
  'patient',
  'template',
  'recipient',
  'idempotencyKey',
  'snapshot',
  'filename',
  'pdfSha256',
  'queuedAt',
] as const
const PROGRAM_COLUMNS = ['id', 'patient'] as const
const PATIENT_COLUMNS = ['id', 'status', 'erasedAt'] as const

/** The fields of a delivery sending works with, with its attempts so far. */
export type DeliveryToSend = Pick<Delivery, (typeof TO_SEND_COLUMNS)[number] | 'attempts'>

/** Payload's timestamps as Payload answers them (ISO 8601), from PostgreSQL's text. */
const iso = (value: unknown) => (value ? new Date(String(value)).toISOString() : null)

/**
 * Why a queued delivery must not go out now, though it was sendable when queued: its program
 * was moved to another patient since (the handout would be the new patient's, the address the
 * former one's), or its patient was archived or erased. Undefined when it may go.
 */
const whyNotDeliverable = (
  delivery: { patient: unknown },
  programPatient: unknown,
  patient: { status: unknown; erasedAt: unknown },
): string | undefined => {
  if (programPatient !== delivery.patient) {
    return "The program was moved to another patient after this send was queued: send it again to email the program's patient."
  }
  if (patient.erasedAt) {
    return "The patient's personal data was erased: nothing is sent to them."
  }
  if (patient.status === 'archived') {
    return 'The patient was archived after this send was queued: nothing is sent to an archived patient.'
  }
  return undefined
}

type Attempts = { id: string; at: string; outcome: string; error: string | null }[]

/**
 * Claims a queued delivery for `worker` and reads what sending needs of it, in one statement:
 * the claim (`claimQuery`) returns the delivery's fields, joined with its program's patient,
 * its patient's standing and its attempts so far (Payload's tables, named from its schema).
 * Undefined when another worker holds it or it is no longer queued; otherwise the delivery,
 * and why it must not go out now, if it must not.
 */
export const claimDeliveryToSend = async (
  payload: Payload,
  id: number,
  worker: string,
): Promise<{ delivery: DeliveryToSend; refused?: string } | undefined> => {
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const d = payloadTable(payload, 'deliveries', TO_SEND_COLUMNS)
  const program = payloadTable(payload, 'programs', PROGRAM_COLUMNS)
  const patient = payloadTable(payload, 'patients', PATIENT_COLUMNS)
  const a = payloadTable(payload, 'deliveries_attempts' as CollectionSlug, ATTEMPT_COLUMNS)
  const claimed = drizzle
    .$with('claimed')
    .as(
      claimQuery(payload, id, worker).returning(
        Object.fromEntries(TO_SEND_COLUMNS.map((column) => [column, d[column]])),
      ),
    )
  const attempts = sql<Attempts>`(select coalesce(json_agg(json_build_object(
      'id', ${a.id}, 'at', ${a.at}, 'outcome', ${a.outcome}, 'error', ${a.error}
    ) order by ${a._order}), '[]'::json) from ${a} where ${a._parentID} = ${claimed.id})`
  const [row] = await drizzle
    .with(claimed)
    .select({
      ...Object.fromEntries(TO_SEND_COLUMNS.map((column) => [column, claimed[column]])),
      attempts,
      programPatient: program.patient,
      patientId: patient.id,
      patientStatus: patient.status,
      patientErasedAt: patient.erasedAt,
    })
    .from(claimed)
    .leftJoin(program, eq(program.id, claimed.program))
    .leftJoin(patient, eq(patient.id, claimed.patient))
  if (!row) {
    return undefined
  }
  const columns = row as Record<string, unknown>
  const delivery = {
    ...Object.fromEntries(TO_SEND_COLUMNS.map((column) => [column, columns[column]])),
    queuedAt: iso(columns.queuedAt),
    attempts: (row.attempts ?? []).map((attempt) => ({ ...attempt, at: iso(attempt.at)! })),
  } as DeliveryToSend
  if (row.programPatient === null || row.patientId === null) {
    return { delivery, refused: 'The program or the patient of this send no longer exists.' }
  }
  const refused = whyNotDeliverable(delivery, row.programPatient, {
    status: row.patientStatus,
    erasedAt: row.patientErasedAt,
  })
  return { delivery, refused }
}

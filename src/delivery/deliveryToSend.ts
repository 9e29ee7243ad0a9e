import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { asc, eq } from '@payloadcms/db-postgres/drizzle'
import type { CollectionSlug, Payload } from 'payload'

import { payloadTable } from '../db/payloadTables'
import type { Delivery } from '../payload-types'
import { ATTEMPT_COLUMNS } from './transitions'

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

/**
 * The delivery a worker has just claimed, read with its program's patient and its patient's
 * standing in one statement and its attempts in another (Payload's tables, named from its
 * schema), and why it must not go out now, if it must not.
 */
export const readDeliveryToSend = async (
  payload: Payload,
  id: number,
): Promise<{ delivery: DeliveryToSend; refused?: string }> => {
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const d = payloadTable(payload, 'deliveries', TO_SEND_COLUMNS)
  const program = payloadTable(payload, 'programs', PROGRAM_COLUMNS)
  const patient = payloadTable(payload, 'patients', PATIENT_COLUMNS)
  const a = payloadTable(payload, 'deliveries_attempts' as CollectionSlug, ATTEMPT_COLUMNS)
  const [[row], attempts] = await Promise.all([
    drizzle
      .select({
        ...Object.fromEntries(TO_SEND_COLUMNS.map((column) => [column, d[column]])),
        programPatient: program.patient,
        patientStatus: patient.status,
        patientErasedAt: patient.erasedAt,
      })
      .from(d)
      .innerJoin(program, eq(program.id, d.program))
      .innerJoin(patient, eq(patient.id, d.patient))
      .where(eq(d.id, id)),
    drizzle
      .select({ id: a.id, at: a.at, outcome: a.outcome, error: a.error })
      .from(a)
      .where(eq(a._parentID, id))
      .orderBy(asc(a._order)),
  ])
  if (!row) {
    throw new Error(`Delivery ${id}, its program or its patient is missing.`)
  }
  const columns = row as Record<string, unknown>
  const delivery = {
    ...Object.fromEntries(TO_SEND_COLUMNS.map((column) => [column, columns[column]])),
    queuedAt: iso(columns.queuedAt),
    attempts: attempts.map((attempt) => ({ ...attempt, at: iso(attempt.at)! })),
  } as DeliveryToSend
  const refused = whyNotDeliverable(delivery, row.programPatient, {
    status: row.patientStatus,
    erasedAt: row.patientErasedAt,
  })
  return { delivery, refused }
}

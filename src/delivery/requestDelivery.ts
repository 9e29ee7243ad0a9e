import type { Payload } from 'payload'

import { readSnapshot } from '../handouts/snapshot/read'
import type { HandoutSnapshot } from '../handouts/snapshot/schema'
import type { Delivery } from '../payload-types'
import { idOf } from '../relationships/idOf'
import { idempotencyKey } from './idempotencyKey'
import { insertQueuedDelivery } from './insertDelivery'
import { makeSnapshot } from './makeSnapshot'
import { queueDeliveryJob } from './queueDeliveryJob'
import { composeReads } from './reads/composeReads'
import { whyNotSendable } from './sendability'

/** What happened to a send request: a new delivery, or the one already made for this content. */
export type DeliveryOutcome =
  'queued' | 'requeued' | 'already-queued' | 'already-sending' | 'already-sent'

/** The delivery a request made or found: callers need only which one and where it stands. */
export type RequestedDelivery = Pick<Delivery, 'id' | 'status'>

export type DeliveryRequestResult =
  { refused: string } | { delivery: RequestedDelivery; outcome: DeliveryOutcome }

/**
 * Queues the email of a program's current handout to its patient: its snapshot is made here,
 * once, and stored with the delivery in the same write; the key is the snapshot's content
 * versions. The caller has already been allowed to see the program. Asking again for the same
 * content gives the same delivery (a failed one is queued again); nothing is sent twice.
 */
export const requestDelivery = async (
  payload: Payload,
  programId: number,
): Promise<DeliveryRequestResult> => {
  const reads = composeReads(payload)
  // The same read as the handout's compose makes (no join queries), so it is made once.
  const program = await reads.findByID({
    collection: 'programs',
    id: programId,
    depth: 0,
    joins: false,
  })
  const patient = await reads.findByID({
    collection: 'patients',
    id: idOf(program.patient) as number,
    depth: 0,
  })
  const refused = whyNotSendable(program, patient)
  if (refused) {
    return { refused }
  }
  const snapshot = await makeSnapshot(payload, {
    programId,
    patientId: patient.id,
    template: program.template,
    reader: reads,
  })
  const key = idempotencyKey(programId, snapshot.template, snapshot.contentVersions)
  const delivery = await insertQueuedDelivery(payload, {
    program: programId,
    patient: patient.id,
    clinician: idOf(program.clinician) as number,
    recipient: patient.email!.trim(),
    idempotencyKey: key,
    snapshot,
  })
  if (delivery) {
    return { delivery, outcome: 'queued' }
  }
  const existing = await findByKey(payload, key)
  if (!existing) {
    throw new Error(`Program ${programId}: a delivery with its key exists but cannot be read.`)
  }
  return sameContentAgain(payload, existing, snapshot)
}

/** A delivery as this module answers it: its snapshot stays in the database (it is large). */
const withoutSnapshot = { snapshot: false } as const

const findByKey = async (payload: Payload, key: string) => {
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: { idempotencyKey: { equals: key } },
    limit: 1,
    depth: 0,
    select: withoutSnapshot,
  })
  return docs[0]
}

/** Asked again for content already delivered: a failed delivery is queued again, others stand. */
const sameContentAgain = async (
  payload: Payload,
  delivery: Delivery,
  snapshot: HandoutSnapshot,
): Promise<DeliveryRequestResult> =>
  delivery.status === 'failed'
    ? { delivery: await requeue(payload, delivery, snapshot), outcome: 'requeued' }
    : { delivery, outcome: `already-${delivery.status}` }

const readable = (stored: unknown) => {
  try {
    readSnapshot(stored)
    return true
  } catch {
    return false
  }
}

/**
 * A failed delivery queued again keeps its snapshot (the same content, so the same message);
 * one whose stored snapshot cannot be read takes the new one, and its PDF is made afresh.
 */
const requeue = async (payload: Payload, delivery: Delivery, snapshot: HandoutSnapshot) => {
  const stored = await payload.findByID({
    collection: 'deliveries',
    id: delivery.id,
    depth: 0,
    select: { snapshot: true },
  })
  const replaced = readable(stored.snapshot)
    ? {}
    : { snapshot, contentVersions: snapshot.contentVersions, pdfSha256: null, pdfBytes: null }
  const updated = await payload.update({
    collection: 'deliveries',
    id: delivery.id,
    data: {
      status: 'queued',
      queuedAt: new Date().toISOString(),
      failedAt: null,
      claimedBy: null,
      ...replaced,
    },
    depth: 0,
    select: withoutSnapshot,
  })
  await queueDeliveryJob(payload, delivery.id)
  return updated
}

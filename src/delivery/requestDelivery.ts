import type { Payload } from 'payload'

import type { Delivery } from '../payload-types'
import { idOf } from '../relationships/idOf'
import { currentProgramVersions } from './programVersions'
import { queueDeliveryJob } from './queueDeliveryJob'
import { composeReads } from './reads/composeReads'
import { whyNotSendable } from './sendability'

/** What happened to a send request: a new delivery, or the one already made for this content. */
export type DeliveryOutcome =
  'queued' | 'requeued' | 'already-queued' | 'already-sending' | 'already-sent'

export type DeliveryRequestResult =
  { refused: string } | { delivery: Delivery; outcome: DeliveryOutcome }

const isUniqueViolation = (error: unknown) =>
  error instanceof Error &&
  /unique|already|duplicate/i.test(
    `${error.message} ${JSON.stringify((error as { data?: unknown }).data ?? '')}`,
  )

/**
 * Queues the email of a program's current handout to its patient. The caller has already
 * been allowed to see the program. Asking again for the same content gives the same delivery
 * (a failed one is queued again); nothing is sent twice.
 */
export const requestDelivery = async (
  payload: Payload,
  programId: number,
): Promise<DeliveryRequestResult> => {
  const reads = composeReads(payload)
  const program = await reads.findByID({ collection: 'programs', id: programId, depth: 0 })
  const patient = await reads.findByID({
    collection: 'patients',
    id: idOf(program.patient) as number,
    depth: 0,
  })
  const refused = whyNotSendable(program, patient)
  if (refused) {
    return { refused }
  }
  const { versions, key } = await currentProgramVersions(
    payload,
    reads,
    programId,
    program.template,
  )
  const existing = await findByKey(payload, key)
  if (existing) {
    return sameContentAgain(payload, existing)
  }
  try {
    const delivery = await payload.create({
      collection: 'deliveries',
      depth: 0,
      data: {
        program: programId,
        patient: patient.id,
        clinician: idOf(program.clinician) as number,
        channel: 'email',
        recipient: patient.email!.trim(),
        template: program.template,
        idempotencyKey: key,
        contentVersions: versions,
        status: 'queued',
        queuedAt: new Date().toISOString(),
      },
    })
    await queueDeliveryJob(payload, delivery.id)
    return { delivery, outcome: 'queued' }
  } catch (error) {
    const raced = isUniqueViolation(error) ? await findByKey(payload, key) : undefined
    if (!raced) {
      throw error
    }
    return sameContentAgain(payload, raced)
  }
}

const findByKey = async (payload: Payload, key: string) => {
  const { docs } = await payload.find({
    collection: 'deliveries',
    where: { idempotencyKey: { equals: key } },
    limit: 1,
    depth: 0,
  })
  return docs[0]
}

/** Asked again for content already delivered: a failed delivery is queued again, others stand. */
const sameContentAgain = async (
  payload: Payload,
  delivery: Delivery,
): Promise<DeliveryRequestResult> =>
  delivery.status === 'failed'
    ? { delivery: await requeue(payload, delivery), outcome: 'requeued' }
    : { delivery, outcome: `already-${delivery.status}` }

const requeue = async (payload: Payload, delivery: Delivery) => {
  const updated = await payload.update({
    collection: 'deliveries',
    id: delivery.id,
    data: { status: 'queued', queuedAt: new Date().toISOString(), failedAt: null, claimedBy: null },
    depth: 0,
  })
  await queueDeliveryJob(payload, delivery.id)
  return updated
}

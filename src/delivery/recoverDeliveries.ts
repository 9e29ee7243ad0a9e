import type { Payload } from 'payload'

import { queueDeliveryJob, unfinishedDeliveryJobs } from './queueDeliveryJob'
import { staleSendingAfterMs } from './settings'
import { workerMayBeAlive } from './workerIdentity'

const interrupted =
  'The worker stopped while the mail server was receiving this message, so it may have arrived. ' +
  'It was not sent again, to avoid a second copy: check with the patient, then send again if needed.'

const isStale = (claimedBy: string | null | undefined, since: string | null | undefined) =>
  !claimedBy ||
  !workerMayBeAlive(claimedBy) ||
  !since ||
  Date.now() - new Date(since).getTime() > staleSendingAfterMs

/**
 * Puts deliveries back on track after a worker or the database stopped mid-way:
 * - `sending` by a worker that is gone: the mail server may have the message, so it is never
 *   sent again; the delivery is recorded as failed with an `unconfirmed` attempt;
 * - `queued` but claimed by a worker that is gone: the claim is released;
 * - `queued` with no job waiting for it (the job's own bookkeeping was lost): a job is queued.
 */
export const recoverDeliveries = async (payload: Payload) => {
  const find = (status: 'queued' | 'sending') =>
    payload.find({
      collection: 'deliveries',
      where: { status: { equals: status } },
      pagination: false,
      depth: 0,
    })

  const { docs: sending } = await find('sending')
  const abandoned = sending.filter((doc) => isStale(doc.claimedBy, doc.sendingAt))
  for (const delivery of abandoned) {
    const at = new Date().toISOString()
    await payload.update({
      collection: 'deliveries',
      id: delivery.id,
      depth: 0,
      data: {
        status: 'failed',
        failedAt: at,
        claimedBy: null,
        lastError: interrupted,
        attempts: [
          ...(delivery.attempts ?? []),
          { at, outcome: 'unconfirmed', error: interrupted },
        ],
      },
    })
  }

  const { docs: queued } = await find('queued')
  const { docs: waitingJobs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [unfinishedDeliveryJobs, { processing: { equals: false } }] },
    pagination: false,
    depth: 0,
  })
  const waiting = new Set(
    waitingJobs.map((job) => (job.input as { delivery?: number } | null)?.delivery),
  )
  let requeued = 0
  for (const delivery of queued) {
    if (delivery.claimedBy && isStale(delivery.claimedBy, delivery.claimedAt)) {
      await payload.update({
        collection: 'deliveries',
        id: delivery.id,
        depth: 0,
        data: { claimedBy: null },
      })
      delivery.claimedBy = null
    }
    if (!delivery.claimedBy && !waiting.has(delivery.id)) {
      await queueDeliveryJob(payload, delivery.id)
      requeued += 1
    }
  }
  return { interrupted: abandoned.length, requeued }
}

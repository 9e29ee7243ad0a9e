import type { Payload } from 'payload'

import { readSnapshot, UnreadableSnapshot } from '../handouts/snapshot/read'
import type { HandoutSnapshot } from '../handouts/snapshot/schema'
import type { Delivery } from '../payload-types'
import { idOf } from '../relationships/idOf'
import { recordLinkSent } from '../patientLinks/links'
import { deliveryMessage } from './deliveryMessage'
import { claimDeliveryToSend, type DeliveryToSend } from './deliveryToSend'
import { sha256Hex } from './imageStore'
import { writeDeliveryPdf } from './keptPdf'
import { deliveryMailer } from './mailer'
import { makeSnapshot } from './makeSnapshot'
import { composeReads } from './reads/composeReads'
import { describeSendError, RetryLater, type SendFailure } from './sendError'
import { maxSendAttempts } from './settings'
import { recordSent, releaseClaim, startSending, type KeptPdf } from './transitions'
import { untilStored } from './untilStored'
import { workerIdentity } from './workerIdentity'

export type DeliverOutcome = 'sent' | 'failed' | 'skipped'

type Attempt = NonNullable<Delivery['attempts']>[number]

const now = () => new Date().toISOString()

/** Attempts since the delivery was last queued by a person: the ones that count toward the limit. */
const attemptsSinceQueued = (delivery: DeliveryToSend) =>
  (delivery.attempts ?? []).filter(
    (attempt) => !delivery.queuedAt || attempt.at >= delivery.queuedAt,
  ).length

/** The record's new state is not read back from the write: `stored` checks it afresh. */
const update = (payload: Payload, id: number, data: Partial<Delivery>) =>
  payload.update({ collection: 'deliveries', id, data, depth: 0, select: { status: true } })

/** Whether the delivery as stored now has these values (read outside any transaction). */
const stored = (payload: Payload, id: number, expected: Partial<Delivery>) => async () => {
  const select = Object.fromEntries(Object.keys(expected).map((key) => [key, true]))
  const current = (await payload.findByID({
    collection: 'deliveries',
    id,
    depth: 0,
    select,
  })) as Partial<Delivery>
  return Object.entries(expected).every(([key, value]) => current[key as keyof Delivery] === value)
}

/**
 * The delivery's snapshot. One queued before sends kept a snapshot has none: it is made now,
 * once, and stored before anything is sent, so its retries send the same.
 */
const snapshotOf = async (payload: Payload, delivery: DeliveryToSend): Promise<HandoutSnapshot> => {
  if (delivery.snapshot !== null && delivery.snapshot !== undefined) {
    return readSnapshot(delivery.snapshot)
  }
  const snapshot = await makeSnapshot(payload, {
    programId: idOf(delivery.program) as number,
    patientId: idOf(delivery.patient) as number,
    template: delivery.template,
  })
  await payload.update({
    collection: 'deliveries',
    id: delivery.id,
    depth: 0,
    data: { snapshot, contentVersions: snapshot.contentVersions },
    select: { status: true },
  })
  return snapshot
}

/**
 * Sends one delivery, moving it through queued → sending → sent | failed:
 * 1. claim it (only one worker can) and read it, in one statement; render its stored snapshot
 *    and write its PDF (a snapshot that cannot be read fails the delivery: it is logged, never
 *    sent partly);
 * 2. record `sending` with the PDF kept, then hand the message to the mail server;
 * 3. record `sent` (retrying the write through a database restart), or on a 5xx reply
 *    `failed`, or on anything else `queued` again and throw so the jobs queue retries later.
 * A delivery found `sending` is never sent again: see recoverDeliveries.
 */
export const deliver = async (payload: Payload, id: number): Promise<DeliverOutcome> => {
  const worker = workerIdentity()
  const claimed = await claimDeliveryToSend(payload, id, worker)
  if (!claimed) {
    return 'skipped'
  }
  try {
    return await deliverClaimed(payload, claimed, worker)
  } catch (error) {
    // Whatever stopped it (the database away mid-way), the claim is let go, so the retry, here
    // or in another worker, need not wait for it to go stale.
    await untilStored(() => releaseClaim(payload, id, worker)).catch(() => undefined)
    throw error
  }
}

/** The rest of `deliver`, once `worker` holds the claim. */
const deliverClaimed = async (
  payload: Payload,
  { delivery, refused }: { delivery: DeliveryToSend; refused?: string },
  worker: string,
): Promise<DeliverOutcome> => {
  const { id } = delivery
  const attempts = delivery.attempts ?? []
  const record = (attempt: Omit<Attempt, 'at'>) => [...attempts, { at: now(), ...attempt }]
  const giveUpOrRetry = async (failure: SendFailure): Promise<DeliverOutcome> => {
    const givingUp = failure.permanent || attemptsSinceQueued(delivery) + 1 >= maxSendAttempts
    const status = givingUp ? 'failed' : 'queued'
    const attemptsNow = record({ outcome: givingUp ? 'failed' : 'retry', error: failure.message })
    await untilStored(
      () =>
        update(payload, id, {
          status,
          claimedBy: null,
          lastError: failure.message,
          ...(givingUp ? { failedAt: now() } : {}),
          attempts: attemptsNow,
        }),
      stored(payload, id, { status, claimedBy: null, lastError: failure.message }),
    )
    if (givingUp) {
      return 'failed'
    }
    throw new RetryLater(failure.message)
  }

  if (refused) {
    return giveUpOrRetry({ permanent: true, message: refused })
  }

  let prepared: Awaited<ReturnType<typeof deliveryMessage>>
  let keptPdf: KeptPdf | undefined
  try {
    const snapshot = await snapshotOf(payload, delivery)
    prepared = await deliveryMessage(payload, delivery, snapshot)
    if (prepared.fresh) {
      keptPdf = {
        filename: await writeDeliveryPdf(payload, id, prepared.pdf),
        bytes: prepared.pdf.length,
        sha256: sha256Hex(prepared.pdf),
      }
    }
  } catch (error) {
    if (error instanceof UnreadableSnapshot) {
      // Stored by a newer version of this server, or damaged: sending again cannot help.
      payload.logger.error(
        `Delivery ${id} failed: its stored snapshot cannot be read: ${error.issue}`,
      )
      return giveUpOrRetry({
        permanent: true,
        message: `${error.message}: send the program again.`,
      })
    }
    const { message } = describeSendError(error)
    return giveUpOrRetry({ permanent: false, message: `Could not make the handout: ${message}` })
  }

  if (!(await startSending(payload, id, worker, keptPdf))) {
    return 'skipped'
  }
  const mailer = deliveryMailer()
  let messageId: string
  try {
    const info = (await mailer.transporter.sendMail(prepared.message)) as { messageId: string }
    messageId = info.messageId
  } catch (error) {
    return giveUpOrRetry(describeSendError(error))
  }
  await untilStored(
    () =>
      recordSent(payload, id, {
        messageId,
        transport: mailer.kind,
        at: now(),
        attemptNumber: attempts.length + 1,
      }),
    stored(payload, id, { status: 'sent', messageId }),
  )
  await recordLinkSent(
    payload,
    idOf(delivery.program) as number,
    idOf(delivery.patient) as number,
    id,
    composeReads(payload),
  )
  return 'sent'
}

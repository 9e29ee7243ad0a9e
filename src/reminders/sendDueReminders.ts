import { randomBytes } from 'node:crypto'

import type Mail from 'nodemailer/lib/mailer'
import type { Payload } from 'payload'

import { inParallel } from '../async/inParallel'
import { deliveryMailer } from '../delivery/mailer'
import { describeSendError } from '../delivery/sendError'
import { untilStored } from '../delivery/untilStored'
import { workerIdentity } from '../delivery/workerIdentity'
import { dueCandidates } from './candidates'
import {
  claimNewReminders,
  claimPendingReminders,
  recordNotSent,
  recordSent,
  startSending,
  type ClaimedReminder,
} from './claims'
import { isAbandoned, recoverReminders } from './recoverReminders'
import { reminderMessages } from './messages'

/** Tries of one reminder before it is recorded failed (each at a later pass, while it is due). */
export const MAX_REMINDER_ATTEMPTS = 5

/** `host:pid:random`: a worker's claims; host and pid tell whether it is still running. */
export const reminderWorkerIdentity = () => `${workerIdentity()}:${randomBytes(4).toString('hex')}`

export type ReminderPassOptions = {
  /** The time the pass judges by (ms since the epoch): tests pass their own clock. */
  now?: () => number
  /** The claims' owner; one per loop. */
  worker?: string
  /** Messages handed to the mail transport at once. */
  concurrency?: number
}

export type ReminderPassResult = { due: number; claimed: number; sent: number; notSent: number }

/** Reminders claimed, and their messages made, per batch: two reads each, whatever its size. */
const CLAIM_BATCH = 250

/**
 * One pass of the worker: puts interrupted reminders right, finds who is due at `now()`, and
 * works through them a batch at a time: claims the batch (each reminder to exactly one worker,
 * once per patient, program, local day and kind; another worker passing at once skips to the
 * next batch), makes its messages, and sends them through the delivery mailer a few at a time:
 * those few are recorded `sending` before the mail server hears of them, so a reminder
 * interrupted then is never sent again, and `sent` together once it accepted them. Reminders
 * left pending by a stopped worker are taken over at the end.
 */
export const sendDueReminders = async (
  payload: Payload,
  { now = Date.now, worker = reminderWorkerIdentity(), concurrency = 10 }: ReminderPassOptions = {},
): Promise<ReminderPassResult> => {
  await recoverReminders(payload)
  const clinic = await payload.findGlobal({ slug: 'clinic-settings', depth: 0 })
  const due = await dueCandidates(payload, now(), clinic.timeZone || 'Europe/London')
  const result: ReminderPassResult = { due: due.length, claimed: 0, sent: 0, notSent: 0 }
  const mailer = deliveryMailer()

  /** Hands a group to the transport: recorded `sending` first, then `sent` together. */
  const sendGroup = async (group: ClaimedReminder[], messages: Map<number, Mail.Options>) => {
    const held = await startSending(
      payload,
      group.map((one) => one.id),
      worker,
    )
    const accepted: Array<{ id: number; messageId: string }> = []
    await inParallel(
      group.filter((one) => held.has(one.id)),
      concurrency,
      async (one) => {
        const message = messages.get(one.id)
        if (!message) {
          await recordNotSent(payload, one.id, 'Not sent: the patient has no email address.', true)
          result.notSent += 1
          return
        }
        try {
          const info = (await mailer.transporter.sendMail(message)) as { messageId: string }
          accepted.push({ id: one.id, messageId: info.messageId })
        } catch (error) {
          const failure = describeSendError(error)
          const last = one.attempts + 1 >= MAX_REMINDER_ATTEMPTS
          await recordNotSent(payload, one.id, failure.message, failure.permanent || last)
          result.notSent += 1
        }
      },
    )
    // The mail server has them: recording that must outlast a database restart.
    const at = new Date(now()).toISOString()
    await untilStored(
      () => recordSent(payload, accepted, at),
      async () => true,
    )
    result.sent += accepted.length
  }

  /**
   * Sends a claimed batch in groups of `concurrency`, two groups in flight so the transport
   * never waits for a group's writes: a crash leaves at most `2 × concurrency` unconfirmed.
   */
  const send = async (claimed: ClaimedReminder[], messages: Map<number, Mail.Options>) => {
    const groups: ClaimedReminder[][] = []
    for (let start = 0; start < claimed.length; start += concurrency) {
      groups.push(claimed.slice(start, start + concurrency))
    }
    await inParallel(groups, 2, (group) => sendGroup(group, messages))
  }

  /** Claims a batch and makes its messages: done for the next batch while one is sent. */
  const prepare = async (claim: () => Promise<ClaimedReminder[]>) => {
    const claimed = await claim()
    result.claimed += claimed.length
    const messages =
      claimed.length > 0 ? await reminderMessages(payload, claimed, clinic) : new Map()
    return { claimed, messages }
  }

  const batches: Array<() => Promise<ClaimedReminder[]>> = []
  for (let start = 0; start < due.length; start += CLAIM_BATCH) {
    const batch = due.slice(start, start + CLAIM_BATCH)
    batches.push(() => claimNewReminders(payload, batch, worker))
  }
  // A batch prepared ahead is awaited in its turn; until then its failure is not unhandled.
  const ahead = (index: number) => {
    const prepared = index < batches.length ? prepare(batches[index]) : undefined
    prepared?.catch(() => undefined)
    return prepared
  }
  let next = ahead(0)
  for (let index = 0; next; index += 1) {
    const { claimed, messages } = await next
    next = ahead(index + 1)
    await send(claimed, messages)
  }
  const takenOver = await claimPendingReminders(payload, due, worker, isAbandoned)
  for (let start = 0; start < takenOver.length; start += CLAIM_BATCH) {
    const { claimed, messages } = await prepare(async () =>
      takenOver.slice(start, start + CLAIM_BATCH),
    )
    await send(claimed, messages)
  }
  return result
}

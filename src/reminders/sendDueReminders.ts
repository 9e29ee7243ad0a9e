import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

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

/** Messages made per batch: two reads each, whatever the batch's size. */
const MESSAGE_BATCH = 250

/** Runs `work` over `items`, `width` at a time. */
const inParallel = async <T>(items: T[], width: number, work: (item: T) => Promise<void>) => {
  let next = 0
  const lanes = Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) {
      await work(items[next++])
    }
  })
  await Promise.all(lanes)
}

/**
 * One pass of the reminder worker: puts interrupted reminders right, finds who is due at
 * `now()`, claims them (each reminder to exactly one worker, once per patient, program, local
 * day and kind) and sends them through the delivery mailer. The row says `sending` before the
 * mail server hears of a message, so one interrupted then is never sent again.
 */
export const sendDueReminders = async (
  payload: Payload,
  { now = Date.now, worker = reminderWorkerIdentity(), concurrency = 10 }: ReminderPassOptions = {},
): Promise<ReminderPassResult> => {
  await recoverReminders(payload)
  const clinic = await payload.findGlobal({ slug: 'clinic-settings', depth: 0 })
  const due = await dueCandidates(payload, now(), clinic.timeZone || 'Europe/London')
  const claimed = [
    ...(await claimNewReminders(payload, due, worker)),
    ...(await claimPendingReminders(payload, due, worker, isAbandoned)),
  ]
  const result: ReminderPassResult = {
    due: due.length,
    claimed: claimed.length,
    sent: 0,
    notSent: 0,
  }
  const mailer = deliveryMailer()
  for (let start = 0; start < claimed.length; start += MESSAGE_BATCH) {
    const batch = claimed.slice(start, start + MESSAGE_BATCH)
    const messages = await reminderMessages(payload, batch, clinic)
    await inParallel(batch, concurrency, async (one: ClaimedReminder) => {
      if (!(await startSending(payload, one.id, worker))) {
        return
      }
      const message = messages.get(one.id)
      if (!message) {
        await recordNotSent(payload, one.id, 'Not sent: the patient has no email address.', true)
        result.notSent += 1
        return
      }
      let messageId: string
      try {
        const info = (await mailer.transporter.sendMail(message)) as { messageId: string }
        messageId = info.messageId
      } catch (error) {
        const failure = describeSendError(error)
        const last = one.attempts + 1 >= MAX_REMINDER_ATTEMPTS
        await recordNotSent(payload, one.id, failure.message, failure.permanent || last)
        result.notSent += 1
        return
      }
      // The mail server has it: recording that must outlast a database restart.
      await untilStored(
        () => recordSent(payload, one.id, messageId, new Date(now()).toISOString()),
        async () => true,
      )
      result.sent += 1
    })
  }
  return result
}

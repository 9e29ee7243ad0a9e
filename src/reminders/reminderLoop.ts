import type { Payload } from 'payload'

import { startPeriodicLoop, type PeriodicLoop } from '../jobs/periodicLoop'

import {
  reminderWorkerIdentity,
  sendDueReminders,
  type ReminderPassOptions,
} from './sendDueReminders'

/** How often the reminder worker looks for due reminders. */
export const REMINDER_EVERY_MS = 30_000

export type ReminderLoop = PeriodicLoop

/**
 * The one short periodic job that sends reminders, in the app (when it runs jobs itself) and in
 * `npm run jobs`: a pass at once, then one every `everyMs`, never two at once in this process.
 * Payload's `schedule` is not used: it has no time zone and can run a schedule twice; here each
 * pass computes each patient's local time and claims in the database, so any number of loops,
 * restarts or clock changes send each reminder once.
 */
export const startReminderLoop = (
  payload: Payload,
  { everyMs = REMINDER_EVERY_MS, ...options }: ReminderPassOptions & { everyMs?: number } = {},
): ReminderLoop => {
  const worker = options.worker ?? reminderWorkerIdentity()
  return startPeriodicLoop(payload, {
    what: 'A reminder pass',
    everyMs,
    pass: () => sendDueReminders(payload, { ...options, worker }),
  })
}

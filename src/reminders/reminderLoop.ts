import type { Payload } from 'payload'

import {
  reminderWorkerIdentity,
  sendDueReminders,
  type ReminderPassOptions,
} from './sendDueReminders'

/** How often the reminder worker looks for due reminders. */
export const REMINDER_EVERY_MS = 30_000

export type ReminderLoop = {
  /** Ends the loop after the pass under way, if any, and waits for it. */
  stop: () => Promise<void>
}

/**
 * The one short periodic job that sends reminders, in the app (when it runs jobs itself) and in
 * `npm run jobs`: a pass at once, then one every `everyMs`, never two at once in this process.
 * Payload's `schedule` is not used: it has no time zone and can run a schedule twice; here each
 * pass computes each patient's local time and claims in the database, so any number of loops,
 * restarts or clock changes send each reminder once. A failed pass (the database away) is
 * logged without personal data and tried again at the next.
 */
export const startReminderLoop = (
  payload: Payload,
  { everyMs = REMINDER_EVERY_MS, ...options }: ReminderPassOptions & { everyMs?: number } = {},
): ReminderLoop => {
  const worker = options.worker ?? reminderWorkerIdentity()
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()
  const pass = () => {
    running = sendDueReminders(payload, { ...options, worker })
      .then(
        () => undefined,
        (error: unknown) => {
          payload.logger.warn(
            `A reminder pass failed (${(error as Error)?.name ?? 'Error'}); trying again shortly.`,
          )
        },
      )
      .finally(() => {
        if (!stopped) {
          timer = setTimeout(pass, everyMs)
          timer.unref?.()
        }
      })
  }
  pass()
  return {
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}

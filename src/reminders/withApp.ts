import type { JobsConfig, Payload } from 'payload'

import { startReminderLoop } from './reminderLoop'

type AutoRun = Extract<NonNullable<JobsConfig['autoRun']>, unknown[]>

/**
 * Payload's `autoRun`, with the reminder loop started beside it: Payload calls this once, in the
 * app only (never in a build, a command or a test), as it starts the runs it makes itself. The
 * loop is stopped with those runs: Payload stops everything in `payload.crons` when it is
 * destroyed, and the loop is added there as something that stops (the one use of that list).
 */
export const runRemindersWithApp =
  (crons: AutoRun) =>
  (payload: Payload): AutoRun => {
    const loop = startReminderLoop(payload)
    payload.crons.push({ stop: () => void loop.stop() } as unknown as Payload['crons'][number])
    return crons
  }

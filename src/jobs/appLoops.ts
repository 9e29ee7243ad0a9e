import type { JobsConfig, Payload } from 'payload'

import { startAdherenceLoop } from '../adherence/adherenceLoop'
import { startReminderLoop } from '../reminders/reminderLoop'

type AutoRun = Extract<NonNullable<JobsConfig['autoRun']>, unknown[]>

/**
 * Payload's `autoRun`, with the reminder and adherence loops started beside it: Payload calls
 * this once, in the app only (never in a build, a command or a test), as it starts the runs it
 * makes itself. The loops are stopped with those runs: Payload stops everything in
 * `payload.crons` when it is destroyed, and each loop is added there as something that stops
 * (the one use of that list).
 */
export const runLoopsWithApp =
  (crons: AutoRun) =>
  (payload: Payload): AutoRun => {
    for (const loop of [startReminderLoop(payload), startAdherenceLoop(payload)]) {
      payload.crons.push({ stop: () => void loop.stop() } as unknown as Payload['crons'][number])
    }
    return crons
  }

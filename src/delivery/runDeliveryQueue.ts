import type { Payload } from 'payload'

import { claimDueJobs } from './claimDueJobs'
import { recoverDeliveries } from './recoverDeliveries'
import { deliveryQueue } from './settings'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export type QueueRunOptions = {
  /** Called after every pass (told whether any job ran in it); return true to stop. */
  done?: (pass: { ranAny: boolean }) => Promise<boolean> | boolean
  /** Jobs run side by side in one pass (rendering shares the CPU, sending overlaps). */
  concurrency?: number
  /** How long to wait when nothing was ready to run. */
  idleMs?: number
  /** How often to look for deliveries a stopped worker or database restart left behind. */
  recoverEveryMs?: number
}

/**
 * The delivery worker's loop: picks up interrupted deliveries, claims the jobs that are due
 * (each to one worker only) and runs them, and keeps going through database restarts (a failed pass is tried again a moment later).
 */
export const runDeliveryQueue = async (
  payload: Payload,
  { done = () => false, concurrency = 10, idleMs = 1_000, recoverEveryMs = 60_000 }: QueueRunOptions = {},
) => {
  let recoveredAt = 0
  for (;;) {
    let ranAny = false
    try {
      if (Date.now() - recoveredAt >= recoverEveryMs) {
        await recoverDeliveries(payload)
        recoveredAt = Date.now()
      }
      const claimed = await claimDueJobs(payload, deliveryQueue, concurrency)
      ranAny = claimed.length > 0
      await Promise.all(claimed.map((id) => payload.jobs.runByID({ id, silent: { info: true } })))
    } catch {
      payload.logger.warn('The delivery queue could not run (is the database reachable?); trying again shortly.')
      recoveredAt = 0
    }
    if (await done({ ranAny })) {
      return
    }
    if (!ranAny) {
      await pause(idleMs)
    }
  }
}

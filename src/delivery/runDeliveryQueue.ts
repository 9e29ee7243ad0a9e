import type { Payload } from 'payload'

import { claimDueJobs, type ClaimedJob } from './claimDueJobs'
import { runDeliveryJob } from './deliveryJobs'
import { recoverDeliveries } from './recoverDeliveries'
import { deliveryQueue, sendDeliveryTaskSlug } from './settings'

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until one of the running jobs finishes, or `ms` passes. */
const firstOf = async (running: Iterable<Promise<void>>, ms: number) => {
  let timer: NodeJS.Timeout | undefined
  await Promise.race([
    ...running,
    new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
  ])
  clearTimeout(timer)
}

export type QueueRunOptions = {
  /**
   * Asked whether to stop: whenever the worker has nothing to run, and otherwise at most every
   * `checkEveryMs`. `ranAny` says whether a job is running or was just started. Once it returns
   * true, no more jobs are claimed and the loop ends when the running ones finish.
   */
  done?: (state: { ranAny: boolean }) => Promise<boolean> | boolean
  /** Jobs running at once (rendering shares the CPU, sending overlaps). */
  concurrency?: number
  /** How long to wait when nothing was ready to run. */
  idleMs?: number
  /** How often to look for deliveries a stopped worker or database restart left behind. */
  recoverEveryMs?: number
  /** How often, at most, `done` is asked while jobs are running. */
  checkEveryMs?: number
}

/**
 * The delivery worker's loop: picks up interrupted deliveries, and keeps up to `concurrency`
 * jobs running, claiming due jobs (each to one worker only) as soon as a slot is free, so one
 * slow send never holds the others back. It keeps going through database restarts: a failed
 * claim or job is tried again a moment later, after looking for interrupted deliveries.
 */
export const runDeliveryQueue = async (
  payload: Payload,
  {
    done = () => false,
    concurrency = 10,
    idleMs = 1_000,
    recoverEveryMs = 60_000,
    checkEveryMs = 1_000,
  }: QueueRunOptions = {},
) => {
  let recoveredAt = 0
  let checkedAt = 0
  const running = new Set<Promise<void>>()
  const unreachable = () => {
    payload.logger.warn(
      'The delivery queue could not run (is the database reachable?); trying again shortly.',
    )
    recoveredAt = 0
  }
  // A delivery's job runs here with a statement to finish it; any other task through Payload.
  const runJob = (job: ClaimedJob) =>
    job.taskSlug === sendDeliveryTaskSlug
      ? runDeliveryJob(payload, job)
      : payload.jobs.runByID({ id: job.id, silent: { info: true } })
  const start = (job: ClaimedJob) => {
    const run: Promise<void> = runJob(job)
      .then(() => undefined, unreachable)
      .finally(() => running.delete(run))
    running.add(run)
  }

  for (;;) {
    let claimed = 0
    try {
      if (Date.now() - recoveredAt >= recoverEveryMs) {
        await recoverDeliveries(payload)
        recoveredAt = Date.now()
      }
      const free = concurrency - running.size
      if (free > 0) {
        const jobs = await claimDueJobs(payload, deliveryQueue, free)
        jobs.forEach(start)
        claimed = jobs.length
      }
    } catch {
      unreachable()
    }
    const idle = claimed === 0 && running.size === 0
    if (idle || Date.now() - checkedAt >= checkEveryMs) {
      checkedAt = Date.now()
      if (await done({ ranAny: !idle })) {
        await Promise.all(running)
        return
      }
    }
    if (idle) {
      await pause(idleMs)
    } else if (claimed === 0 || running.size >= concurrency) {
      await firstOf(running, idleMs)
    }
  }
}

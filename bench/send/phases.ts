import { performance } from 'node:perf_hooks'

import type { Payload, Where } from 'payload'

import { requestDelivery } from '../../src/delivery/requestDelivery'
import { runDeliveryQueue } from '../../src/delivery/runDeliveryQueue'
import { inParallel } from '../../src/async/inParallel'

/**
 * Asks for every program to be emailed, `width` requests at a time (1 is what
 * `npm run send -- --all-due` does). Each request makes a delivery record and queues its job.
 */
export const queueAll = async (payload: Payload, programIds: number[], width: number) => {
  const started = performance.now()
  const deliveries = await inParallel(programIds, width, async (id) => {
    const result = await requestDelivery(payload, id)
    if ('refused' in result) {
      throw new Error(`Program ${id} was refused: ${result.refused}`)
    }
    if (result.outcome !== 'queued') {
      throw new Error(`Program ${id} was not queued anew: ${result.outcome}`)
    }
    return result.delivery.id
  })
  return { deliveries, ms: performance.now() - started }
}

const FINISHED = ['sent', 'failed']

/** How many of the deliveries `where` picks out are sent or failed. */
const finishedCount = async (payload: Payload, where: Where) =>
  (
    await payload.count({
      collection: 'deliveries',
      where: { and: [where, { status: { in: FINISHED } }] },
    })
  ).totalDocs

/** What became of the deliveries `where` picks out, for the benchmark's checks. */
const outcomes = async (payload: Payload, where: Where) =>
  (
    await payload.find({
      collection: 'deliveries',
      where,
      pagination: false,
      depth: 0,
      select: { status: true, messageId: true, lastError: true, pdfBytes: true },
    })
  ).docs

/**
 * Runs the delivery queue, as `npm run jobs` does, until every delivery is sent or failed, no
 * job is left to run, or `timeoutMs` passes. `onPass` is told how many are finished so far.
 */
export const sendAll = async (
  payload: Payload,
  deliveryIds: number[],
  {
    concurrency,
    timeoutMs,
    onPass,
  }: { concurrency: number; timeoutMs: number; onPass?: (finished: number) => void },
) => {
  const started = performance.now()
  const ours: Where = { id: { in: deliveryIds } }
  let timedOut = false
  await runDeliveryQueue(payload, {
    concurrency,
    idleMs: 200,
    recoverEveryMs: 10 * 60_000,
    done: async ({ ranAny }) => {
      const count = await finishedCount(payload, ours)
      onPass?.(count)
      timedOut = performance.now() - started > timeoutMs
      return count === deliveryIds.length || timedOut || !ranAny
    },
  })
  const ms = performance.now() - started
  return { ms, timedOut, deliveries: await outcomes(payload, ours) }
}

/**
 * Waits while worker processes send the programs' deliveries (they start as soon as the first
 * is queued), until every program has a sent or failed delivery, or `timeoutMs` passes.
 */
export const watchDeliveries = async (
  payload: Payload,
  programIds: number[],
  {
    timeoutMs,
    onPass,
    stillQueueing,
  }: { timeoutMs: number; onPass?: (finished: number) => void; stillQueueing: () => boolean },
) => {
  const started = performance.now()
  const ours: Where = { program: { in: programIds } }
  let timedOut = false
  for (;;) {
    const count = await finishedCount(payload, ours)
    onPass?.(count)
    timedOut = performance.now() - started > timeoutMs
    if ((count >= programIds.length && !stillQueueing()) || timedOut) {
      break
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const ms = performance.now() - started
  return { ms, timedOut, deliveries: await outcomes(payload, ours) }
}

import type { Payload, TaskConfig } from 'payload'

import { deliver, type DeliverOutcome } from './deliver'
import { recoverDeliveries } from './recoverDeliveries'
import { describeSendError, RetryLater } from './sendError'
import { deliveryQueue, maxSendAttempts, retryBaseDelayMs, sendDeliveryTaskSlug } from './settings'

/**
 * Whatever a delivery job throws is logged by the jobs queue: database errors can quote the
 * values of a query (a recipient's address), so only a cleaned-up message leaves the task.
 */
const withCleanErrors = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work()
  } catch (error) {
    throw error instanceof RetryLater ? error : new RetryLater(describeSendError(error).message)
  }
}

/** Sends one delivery; anything it throws is a `RetryLater` with a message safe to log. */
export const runSendDelivery = (payload: Payload, delivery: number) =>
  withCleanErrors(() => deliver(payload, delivery))

/** Composes, renders and sends one delivery; retried with exponential backoff. */
export const sendDeliveryTask: TaskConfig<{
  input: { delivery: number }
  output: { outcome: DeliverOutcome }
}> = {
  slug: sendDeliveryTaskSlug,
  label: 'Email a home program to its patient',
  inputSchema: [{ name: 'delivery', type: 'number', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: {
    attempts: maxSendAttempts,
    backoff: { type: 'exponential', delay: retryBaseDelayMs() },
  },
  handler: async ({ input, req }) => ({
    output: { outcome: await runSendDelivery(req.payload, input.delivery) },
  }),
}

/** Every minute: deliveries a stopped worker or a database restart left behind are picked up. */
export const recoverDeliveriesTask: TaskConfig<{
  input: object
  output: { interrupted: number; requeued: number }
}> = {
  slug: 'recoverDeliveries',
  label: 'Pick up interrupted deliveries',
  outputSchema: [
    { name: 'interrupted', type: 'number', required: true },
    { name: 'requeued', type: 'number', required: true },
  ],
  schedule: [{ cron: '* * * * *', queue: deliveryQueue }],
  handler: ({ req }) =>
    withCleanErrors(async () => ({ output: await recoverDeliveries(req.payload) })),
}

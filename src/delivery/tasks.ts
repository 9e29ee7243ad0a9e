import type { TaskConfig } from 'payload'

import { deliver, type DeliverOutcome } from './deliver'
import { recoverDeliveries } from './recoverDeliveries'
import { deliveryQueue, maxSendAttempts, retryBaseDelayMs, sendDeliveryTaskSlug } from './settings'

/** Composes, renders and sends one delivery; retried with exponential backoff. */
export const sendDeliveryTask: TaskConfig<{ input: { delivery: number }; output: { outcome: DeliverOutcome } }> = {
  slug: sendDeliveryTaskSlug,
  label: 'Email a home program to its patient',
  inputSchema: [{ name: 'delivery', type: 'number', required: true }],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  retries: { attempts: maxSendAttempts, backoff: { type: 'exponential', delay: retryBaseDelayMs() } },
  handler: async ({ input, req }) => ({ output: { outcome: await deliver(req.payload, input.delivery) } }),
}

/** Every minute: deliveries a stopped worker or a database restart left behind are picked up. */
export const recoverDeliveriesTask: TaskConfig<{ input: object; output: { interrupted: number; requeued: number } }> = {
  slug: 'recoverDeliveries',
  label: 'Pick up interrupted deliveries',
  outputSchema: [
    { name: 'interrupted', type: 'number', required: true },
    { name: 'requeued', type: 'number', required: true },
  ],
  schedule: [{ cron: '* * * * *', queue: deliveryQueue }],
  handler: async ({ req }) => ({ output: await recoverDeliveries(req.payload) }),
}

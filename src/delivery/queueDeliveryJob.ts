import type { Payload, Where } from 'payload'

import { deliveryQueue, sendDeliveryTaskSlug } from './settings'

/** The job carries only the delivery's id: no personal data in the jobs table or its logs. */
export const queueDeliveryJob = (payload: Payload, deliveryId: number) =>
  payload.jobs.queue({
    task: sendDeliveryTaskSlug,
    queue: deliveryQueue,
    input: { delivery: deliveryId },
  })

/** Delivery jobs not yet finished and not given up on. */
export const unfinishedDeliveryJobs: Where = {
  queue: { equals: deliveryQueue },
  completedAt: { exists: false },
  hasError: { not_equals: true },
}

/** The jobs queue deliveries run on, and the task that sends one. */
export const deliveryQueue = 'delivery'
export const sendDeliveryTaskSlug = 'sendDelivery'

/** Sending is tried this many times in all before a delivery is recorded as failed. */
export const maxSendAttempts = 6

/** First retry after this long, doubling each time (30 s, 1 min, 2 min, 4 min, 8 min). */
export const retryBaseDelayMs = () => Number(process.env.DELIVERY_RETRY_DELAY_MS ?? 30_000)

/**
 * A delivery left `sending` longer than this by a worker on another machine is taken to be
 * interrupted: longer than the transport's connection and socket timeouts together.
 */
export const staleSendingAfterMs = 5 * 60_000

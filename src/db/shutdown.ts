import type { Payload } from 'payload'

import { flushAuditEvents } from '../audit/auditWriter'
import { closeRenderPool } from '../handouts/render/renderPool'
import { trackedPoolOf } from './trackedPool'

/**
 * `payload.destroy()` leaves the adapter's own checked-out client and the pool open, so a
 * script would never exit: end the render threads, release every client, then end the pool.
 */
export const shutdownPayload = async (payload: Payload): Promise<void> => {
  const pool = trackedPoolOf(payload.db)
  await closeRenderPool()
  await flushAuditEvents(payload)
  await payload.destroy()
  if (!pool) {
    return
  }
  for (const client of [...pool.checkedOut]) {
    client.release(true)
  }
  await pool.end()
}

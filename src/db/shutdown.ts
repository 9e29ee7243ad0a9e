import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

import { flushAuditEvents } from '../audit/auditWriter'
import { closeRenderPool } from '../handouts/render/renderPool'

/**
 * `payload.destroy()` leaves the adapter's own checked-out client and the pool open, so a
 * script would never exit: end the render threads, release every client, then end the pool.
 */
export const shutdownPayload = async (payload: Payload): Promise<void> => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  await closeRenderPool()
  await flushAuditEvents(payload)
  await payload.destroy()
  if (!pool) {
    return
  }
  const { _clients: clients, _idle: idle } = pool as unknown as {
    _clients: PoolClient[]
    _idle: Array<{ client: PoolClient }>
  }
  const idleClients = new Set(idle.map((item) => item.client))
  for (const client of clients.filter((client) => !idleClients.has(client))) {
    client.release(true)
  }
  await pool.end()
}

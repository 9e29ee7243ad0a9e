import type { Payload } from 'payload'
import type { Pool } from 'pg'

/**
 * When PostgreSQL restarts, every idle pooled connection errors. node-postgres drops such a
 * connection from the pool and emits 'error' on the pool, which would end the process if
 * nothing listened: listen, so the next query simply opens a new connection.
 */
export const keepPoolAlive = (payload: Payload) => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (pool && pool.listenerCount('error') === 0) {
    pool.on('error', () => {
      payload.logger.warn('A database connection was closed by the server; the next query opens a new one.')
    })
  }
}

import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

/**
 * When PostgreSQL restarts, every open connection errors. node-postgres emits that error on
 * the pool (for idle connections) or on the client (for one checked out, e.g. held by a
 * transaction between queries); with nobody listening, the process would end. Listen on
 * both, so the work in flight fails with an error and the next query opens a new connection.
 */
export const keepPoolAlive = (payload: Payload) => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool || pool.listenerCount('error') > 0) {
    return
  }
  const ignore = () => undefined
  const watch = (client: PoolClient) => {
    if (!client.listeners('error').includes(ignore)) {
      client.on('error', ignore)
    }
  }
  pool.on('error', () => {
    payload.logger.warn('A database connection was closed by the server; the next query opens a new one.')
  })
  pool.on('connect', watch)
  ;(pool as unknown as { _clients: PoolClient[] })._clients.forEach(watch)
}

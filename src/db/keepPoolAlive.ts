import type { Payload } from 'payload'
import type { PoolClient } from 'pg'

import { trackedPoolOf } from './trackedPool'

/**
 * When PostgreSQL restarts, every open connection errors. node-postgres emits that error on
 * the pool (for idle connections) or on the client (for one checked out, e.g. held by a
 * transaction between queries); with nobody listening, the process would end. Listen on
 * both, so the work in flight fails with an error and the next query opens a new connection.
 */
export const keepPoolAlive = (payload: Payload) => {
  const pool = trackedPoolOf(payload.db)
  if (!pool || pool.listenerCount('error') > 0) {
    return
  }
  // A connection that dies inside BEGIN is never released by drizzle's transaction code, and
  // enough of them would leave the pool with no connection to give: one still checked out a
  // while after its connection died is released (and so discarded) here.
  const releaseIfAbandoned = (client: PoolClient, error: Error) =>
    setTimeout(() => {
      if (pool.checkedOut.has(client)) {
        client.release(error)
      }
    }, 5_000).unref()
  const onClientError = function (this: PoolClient, error: Error) {
    releaseIfAbandoned(this, error)
  }
  const watch = (client: PoolClient) => {
    if (!client.listeners('error').includes(onClientError)) {
      client.on('error', onClientError)
    }
  }
  pool.on('error', () => {
    payload.logger.warn(
      'A database connection was closed by the server; the next query opens a new one.',
    )
  })
  pool.on('connect', watch)
  pool.clients.forEach(watch)
}

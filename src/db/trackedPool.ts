import pg, { type PoolClient, type PoolConfig } from 'pg'

const tracked = Symbol.for('clinic-cms.trackedPool')

/**
 * node-postgres's pool, knowing through its public events (`connect`, `acquire`, `release`,
 * `remove`) which clients it has and which are checked out: the adapter keeps one client
 * checked out for good, and closing the pool or recovering from a dead connection needs to
 * know which. Given to the postgres adapter as its `pg`, so it sees every client from the first.
 */
export class TrackedPool extends pg.Pool {
  /** Marks a tracked pool whichever copy of this module made it (Next bundles a copy per route). */
  readonly [tracked] = true
  readonly clients = new Set<PoolClient>()
  readonly checkedOut = new Set<PoolClient>()

  constructor(config?: PoolConfig) {
    super(config)
    this.on('connect', (client) => this.clients.add(client))
    this.on('acquire', (client) => this.checkedOut.add(client))
    this.on('release', (_error, client) => this.checkedOut.delete(client))
    this.on('remove', (client) => {
      this.clients.delete(client)
      this.checkedOut.delete(client)
    })
  }
}

/** `pg` as the postgres adapter's `pg` option takes it, making TrackedPools. */
export const trackedPg: typeof pg = Object.assign(Object.create(pg) as typeof pg, {
  Pool: TrackedPool,
})

/** The adapter's pool, when the adapter was made with `trackedPg` (src/db/adapter.ts). */
export const trackedPoolOf = (db: unknown): TrackedPool | undefined => {
  const pool = (db as { pool?: unknown }).pool
  if (pool === undefined) {
    return undefined
  }
  if (!(pool as Partial<TrackedPool>)[tracked]) {
    throw new Error(
      'The database adapter’s pool is not a TrackedPool: make the postgres adapter with ' +
        '`pg: trackedPg` (src/db/adapter.ts), or the process cannot recover connections or exit.',
    )
  }
  return pool as TrackedPool
}

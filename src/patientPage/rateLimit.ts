import type { Payload } from 'payload'
import type { Pool } from 'pg'
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'

import { usesEmbeddedDatabase } from '../db/embedded'

/** Link lookups one client address may make per minute (page, PDF and images alike). */
export const lookupsPerMinute = () => Number(process.env.PATIENT_LINK_LOOKUPS_PER_MINUTE ?? 120)

/**
 * The limiter's own schema: Payload's schema push and migrations look at `public` only, so
 * they never see (nor offer to drop) this table, and the fuzz suite's row comparison, which
 * reads `public`, does not count lookups as changed rows.
 */
export const RATE_LIMIT_SCHEMA = 'clinic_rate_limits'
const TABLE = 'patient_link_lookups'

const limiters = new Map<string, Promise<RateLimiterAbstract>>()

const memoryLimiter = (points: number) => new RateLimiterMemory({ points, duration: 60 })

const postgresLimiter = async (pool: Pool, points: number): Promise<RateLimiterAbstract> => {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${RATE_LIMIT_SCHEMA}`)
  } catch (error) {
    // Two processes creating it at once: the other one won.
    if (!['23505', '42P06'].includes((error as { code?: string }).code ?? '')) {
      throw error
    }
  }
  return new Promise((resolve, reject) => {
    const limiter: RateLimiterPostgres = new RateLimiterPostgres(
      {
        storeClient: pool,
        storeType: 'pool',
        schemaName: RATE_LIMIT_SCHEMA,
        tableName: TABLE,
        // A new limit starts counting afresh.
        keyPrefix: `per-minute-${points}`,
        points,
        duration: 60,
        // Should the database fail a count, this process goes on counting on its own.
        insuranceLimiter: memoryLimiter(points),
      },
      (error?: Error) => (error ? reject(error) : resolve(limiter)),
    )
  })
}

/**
 * One count per client address for every app process: on PostgreSQL the counts live in the
 * database (rate-limiter-flexible's table, in its own schema), so several processes behind a
 * proxy share one limit. The embedded database keeps them in memory: it serves one machine's
 * development server (a single process answers the patient pages), and it runs every connection
 * through one PGlite session, where a write per page view from every lookup would queue behind
 * the app's own queries for nothing.
 */
const limiterFor = (payload: Payload, points: number): Promise<RateLimiterAbstract> => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  const shared = pool && !usesEmbeddedDatabase()
  const key = `${shared ? 'postgres' : 'memory'}:${points}`
  let limiter = limiters.get(key)
  if (!limiter) {
    limiter = shared
      ? postgresLimiter(pool, points).catch((error: Error) => {
          payload.logger.warn(
            `Patient link lookups are limited per process: the shared count could not be set up (${error.message}).`,
          )
          return memoryLimiter(points)
        })
      : Promise.resolve(memoryLimiter(points))
    limiters.set(key, limiter)
  }
  return limiter
}

/** Counts a lookup for `address` (already bounded, see clientAddress); false once over the limit. */
export const allowLookup = async (payload: Payload, address: string): Promise<boolean> => {
  const limiter = await limiterFor(payload, lookupsPerMinute())
  try {
    await limiter.consume(address.slice(0, 64), 1)
    return true
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return false
    }
    throw rejection
  }
}

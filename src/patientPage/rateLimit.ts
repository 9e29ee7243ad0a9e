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

const postgresLimiter = async (
  pool: Pool,
  points: number,
  prefix: string,
): Promise<RateLimiterAbstract> => {
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
        keyPrefix: `${prefix}per-minute-${points}`,
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
const limiterFor = (
  payload: Payload,
  points: number,
  prefix = '',
): Promise<RateLimiterAbstract> => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  const shared = pool && !usesEmbeddedDatabase()
  const key = `${shared ? 'postgres' : 'memory'}:${prefix}${points}`
  let limiter = limiters.get(key)
  if (!limiter) {
    limiter = shared
      ? postgresLimiter(pool, points, prefix).catch((error: Error) => {
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

const consumed = async (limiter: RateLimiterAbstract, key: string): Promise<boolean> => {
  try {
    await limiter.consume(key, 1)
    return true
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return false
    }
    throw rejection
  }
}

/** Counts a lookup for `address` (already bounded, see clientAddress); false once over the limit. */
export const allowLookup = async (payload: Payload, address: string): Promise<boolean> =>
  consumed(await limiterFor(payload, lookupsPerMinute()), address.slice(0, 64))

/**
 * Saves ("Done", "Undo", reminders) one link may make per minute, whatever the addresses they
 * come from: a patient taps a few times a day; a script replaying one link's form is stopped.
 */
export const savesPerMinute = () => Number(process.env.PATIENT_LINK_SAVES_PER_MINUTE ?? 30)

/** Counts a save through link `linkId`; false once over the limit. */
export const allowSave = async (payload: Payload, linkId: number): Promise<boolean> =>
  consumed(await limiterFor(payload, savesPerMinute(), 'saves-'), `link-${linkId}`)

import type { Payload } from 'payload'

import { EmbeddedDatabaseInUse, ensureDatabase } from '../db/ensureDatabase'
import { payloadSecret } from '../secret'

/** The database this command uses; a busy embedded database ends the command with its reason. */
export const openDatabase = () =>
  ensureDatabase().catch((error: unknown) => {
    if (error instanceof EmbeddedDatabaseInUse) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  })

/** A missing or weak PAYLOAD_SECRET (src/secretRules.js) ends the command with its message. */
const refuseWithoutSecret = (error: unknown): never => {
  if ((error as Error)?.name === 'SecretRefused') {
    console.error((error as Error).message)
    process.exit(1)
  }
  throw error
}

/**
 * In development Payload opens a WebSocket to a running `next dev` to reload its config, which
 * would keep a command from ever exiting while the dev server runs. Off while this process
 * starts Payload; what it spawns afterwards (the dev server itself) keeps the default.
 */
const keepOutOfDevServerReloads = () => {
  const before = process.env.DISABLE_PAYLOAD_HMR
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  return () => {
    if (before === undefined) {
      delete process.env.DISABLE_PAYLOAD_HMR
    } else {
      process.env.DISABLE_PAYLOAD_HMR = before
    }
  }
}

/**
 * Runs a command-line task with a Payload instance on `DATABASE_URL` or the embedded database,
 * and closes everything afterwards so the process exits by itself. Payload and the config load
 * only here, once the database's address is known (and after the command read its options).
 */
export const withPayload = async <T>(task: (payload: Payload) => Promise<T>): Promise<T> => {
  const database = await openDatabase()
  // The config refuses a weak secret too, but only once Payload and every collection have
  // loaded, which takes seconds: checked first, a refusal is immediate.
  try {
    payloadSecret()
  } catch (error) {
    await database.stop()
    refuseWithoutSecret(error)
  }
  const [{ getPayload }, { default: config }, { shutdownPayload }] = await Promise.all([
    import('payload'),
    import('../payload.config').catch(refuseWithoutSecret),
    import('../db/shutdown'),
  ])
  const payload = await getPayload({ config }).finally(keepOutOfDevServerReloads())
  try {
    return await task(payload)
  } finally {
    await shutdownPayload(payload)
    await database.stop()
  }
}

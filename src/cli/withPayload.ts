import type { Payload } from 'payload'

import { getPayload } from 'payload'

import config from '../payload.config'
import { ensureDatabase } from '../db/embedded'
import { shutdownPayload } from '../db/shutdown'

/**
 * Runs a command-line task with a Payload instance on `DATABASE_URL` or the embedded database,
 * and closes everything afterwards so the process exits by itself.
 */
export const withPayload = async <T>(task: (payload: Payload) => Promise<T>): Promise<T> => {
  const database = await ensureDatabase()
  const payload = await getPayload({ config })
  try {
    return await task(payload)
  } finally {
    await shutdownPayload(payload)
    await database.stop()
  }
}

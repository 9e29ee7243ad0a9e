import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'

import type { CollectionBeforeOperationHook } from 'payload'

import { isLocked } from '../isLocked'

const derive = promisify(pbkdf2)

/**
 * Payload hashes the typed password (PBKDF2-SHA256, 600,000 rounds in 3.90) only for an account
 * that exists and is not locked, so an unknown email or a locked account would be answered
 * measurably sooner. The same work is done here for those, so the answer's timing tells no more
 * than its words.
 */
export const evenSignInTiming: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') {
    return args
  }
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || typeof password !== 'string' || password === '') {
    return args
  }
  const user = await req.payload.db.findOne<{ id: number; lockUntil?: string | null }>({
    collection: 'users',
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })
  if (!user || isLocked(user.lockUntil)) {
    await derive(password, 'no account has this salt', 600_000, 32, 'sha256')
  }
  return args
}

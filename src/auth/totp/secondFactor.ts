import type { PayloadRequest } from 'payload'

import { recoveryCodeIndex, totpStep } from './codes'
import type { StoredTwoFactor } from './fields'
import { openSecret } from './secretBox'

/**
 * Checks a code typed at sign-in (or to change two-factor settings) against the person's
 * authenticator secret, then against their unused recovery codes. An accepted code is spent in
 * the request's transaction: its time step is remembered (a code works once), a recovery code's
 * hash is removed.
 */
export const spendSecondFactorCode = async (
  req: PayloadRequest,
  user: StoredTwoFactor,
  code: unknown,
): Promise<'totp' | 'recovery' | undefined> => {
  if (typeof code !== 'string' || code.length > 64) {
    return undefined
  }
  const secret = openSecret(req.payload.secret, user.totpSecret)
  const step = secret ? await totpStep(secret, code, user.totpLastStep) : undefined
  if (step !== undefined) {
    await req.payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { totpLastStep: step },
      req,
      returning: false,
    })
    return 'totp'
  }
  const hashes = Array.isArray(user.totpRecoveryCodes) ? (user.totpRecoveryCodes as string[]) : []
  const index = recoveryCodeIndex(hashes, code)
  if (index < 0) {
    return undefined
  }
  await req.payload.db.updateOne({
    collection: 'users',
    id: user.id,
    data: { totpRecoveryCodes: hashes.filter((_, at) => at !== index) },
    req,
    returning: false,
  })
  return 'recovery'
}

/** The stored second-factor columns of one staff member (hidden fields included). */
export const storedTwoFactor = async (req: PayloadRequest, id: number | string) =>
  (await req.payload.db.findOne<StoredTwoFactor>({
    collection: 'users',
    req,
    where: { id: { equals: id } },
  })) ?? undefined

import { APIError, type CollectionBeforeLoginHook, type PayloadRequest } from 'payload'

import type { StoredTwoFactor } from './fields'
import { CODE_NEEDED, CODE_WRONG } from './messages'
import { spendSecondFactorCode } from './secondFactor'

/** A sign-in refused for its second factor (after the right password): 401 with the reason. */
export class SecondFactorRefused extends APIError {
  constructor(message: string) {
    super(message, 401)
  }
}

/** Where a wrong code's owner is noted for the failed-attempt count (see countRefusedCodes). */
export const REFUSED_CODE_FOR = 'secondFactorRefusedFor'
/** Set by a password reset: the reset's own session is ended instead (see resetEndsSession). */
export const RESETTING_PASSWORD = 'resettingPassword'

/** The code sent with a sign-in: `totp` in the body over REST, `context.totp` on the Local API. */
const codeOf = (req: PayloadRequest): unknown =>
  (req.data as { totp?: unknown } | undefined)?.totp ?? req.context.totp

/**
 * With two-factor on, the right password is not enough: the sign-in must carry a current code
 * from the authenticator app or an unused recovery code. Payload runs this after the password
 * was accepted and before it signs a token; throwing rolls the whole sign-in back.
 */
export const requireSecondFactor: CollectionBeforeLoginHook = async ({ req, user }) => {
  const stored = user as StoredTwoFactor
  if (!stored.totpEnabled || req.context[RESETTING_PASSWORD]) {
    return user
  }
  const code = codeOf(req)
  if (typeof code !== 'string' || code.trim() === '') {
    throw new SecondFactorRefused(CODE_NEEDED)
  }
  if (!(await spendSecondFactorCode(req, stored, code))) {
    req.context[REFUSED_CODE_FOR] = stored.id
    throw new SecondFactorRefused(CODE_WRONG)
  }
  return user
}

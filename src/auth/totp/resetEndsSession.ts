import type { CollectionAfterOperationHook, CollectionBeforeOperationHook } from 'payload'

import { endSessions } from '../endSessions'
import { RESETTING_PASSWORD } from './requireSecondFactor'

/** A password reset is not a sign-in past the second factor: see `resetEndsSession`. */
export const markPasswordReset: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'resetPassword') {
    req.context[RESETTING_PASSWORD] = true
  }
  return args
}

/**
 * Payload signs a person in once their password is reset. With two-factor on, that session is
 * ended and no token is given: the new password works, and the next sign-in asks for a code.
 */
export const resetEndsSession: CollectionAfterOperationHook = async ({
  operation,
  req,
  result,
}) => {
  if (operation !== 'resetPassword') {
    return result
  }
  const reset = result as { token?: string; user?: { id: number; totpEnabled?: boolean | null } }
  if (!reset.user?.totpEnabled) {
    return result
  }
  await endSessions(req, reset.user.id)
  delete reset.token
  return result
}

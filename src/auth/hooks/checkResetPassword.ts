import type { CollectionBeforeOperationHook } from 'payload'

import { passwordProblem } from '../passwords'
import { passwordRefused } from '../passwordRefused'

/**
 * Payload's reset-password operation hashes the new password without running field validation
 * or the create/update hooks: the same rule is checked here, naming the person the reset token
 * belongs to so their own name or email is refused too. An unknown token is left to Payload.
 */
export const checkResetPassword: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'resetPassword') {
    return args
  }
  const { password, token } = (args.data ?? {}) as { password?: unknown; token?: unknown }
  const person =
    typeof token === 'string' && token
      ? await req.payload.db.findOne<{ id: number; name?: string; email?: string }>({
          collection: 'users',
          req,
          where: { resetPasswordToken: { equals: token } },
        })
      : null
  const problem = passwordProblem(password, { name: person?.name, email: person?.email })
  if (problem) {
    throw passwordRefused(problem)
  }
  return args
}

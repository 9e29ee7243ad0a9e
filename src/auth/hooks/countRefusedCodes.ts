import type { CollectionAfterErrorHook } from 'payload'

import { REFUSED_CODE_FOR, SecondFactorRefused } from '../totp/requireSecondFactor'

/**
 * A wrong second-factor code counts as a failed sign-in, as a wrong password does, so the
 * lockout (5 failures, 10 minutes) also bounds guessing codes. It is counted here, after the
 * refused sign-in's transaction was rolled back, outside any transaction, as Payload counts.
 */
export const countRefusedCodes: CollectionAfterErrorHook = async ({ collection, error, req }) => {
  const id = req.context[REFUSED_CODE_FOR]
  if (
    !(error instanceof SecondFactorRefused) ||
    (typeof id !== 'number' && typeof id !== 'string')
  ) {
    return
  }
  delete req.context[REFUSED_CODE_FOR]
  const { lockTime, maxLoginAttempts } = collection.auth
  if (!maxLoginAttempts) {
    return
  }
  const current = await req.payload.db.findOne<{ id: number; loginAttempts?: number | null }>({
    collection: collection.slug,
    where: { id: { equals: id } },
  })
  const attempts = (current?.loginAttempts ?? 0) + 1
  await req.payload.db.updateOne({
    collection: collection.slug,
    id,
    data: {
      loginAttempts: attempts,
      ...(attempts >= maxLoginAttempts
        ? { lockUntil: new Date(Date.now() + lockTime).toISOString() }
        : {}),
    },
    returning: false,
  })
}

import type { PayloadRequest } from 'payload'

import type { Alert } from '../payload-types'
import { idOf } from '../relationships/idOf'

/**
 * Marks the alert seen by `userId` at `now`, when the request's user may read it (else
 * Payload's Forbidden or NotFound). Only an alert not yet seen is changed, in one statement,
 * so two clicks at once keep the first.
 */
export const markAlertSeen = async (
  req: PayloadRequest,
  id: number,
  userId: number,
  now: Date,
): Promise<Pick<Alert, 'seenAt'> & { seenBy: number | null }> => {
  await req.payload.findByID({
    collection: 'alerts',
    id,
    depth: 0,
    overrideAccess: false,
    req,
    select: {},
  })
  await req.payload.update({
    collection: 'alerts',
    where: { and: [{ id: { equals: id } }, { seenAt: { exists: false } }] },
    data: { seenAt: now.toISOString(), seenBy: userId },
    depth: 0,
    overrideAccess: true,
    select: {},
  })
  const alert = await req.payload.findByID({
    collection: 'alerts',
    id,
    depth: 0,
    overrideAccess: true,
    select: { seenAt: true, seenBy: true },
  })
  return { seenAt: alert.seenAt ?? null, seenBy: idOf(alert.seenBy as number) ?? null }
}

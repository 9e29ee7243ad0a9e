import type { CollectionAfterLoginHook } from 'payload'

import { recordAudit } from '../../../src/audit/recordAudit'

/** Every successful staff sign-in is an audit event (Payload has set `req.user` by now). */
export const recordSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  void recordAudit(req, { action: 'sign-in', collection: 'users', ids: [user.id] })
  return user
}

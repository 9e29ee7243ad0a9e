import type { Access } from 'payload'

import { hasRole } from './roles'

/** Staff accounts: admins manage all of them, everyone else only their own. */
export const selfOrAdmin: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) {
    return true
  }
  if (user) {
    return { id: { equals: user.id } }
  }
  return false
}

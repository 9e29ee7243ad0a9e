import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Patient data: admins see every record, a clinician only the records whose `clinician` is
 * themselves (as a query filter, so lists are scoped in the database), everyone else nothing.
 */
export const ownClinicalRecords: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) {
    return true
  }
  if (user && hasRole(user, 'clinician')) {
    return { clinician: { equals: user.id } }
  }
  return false
}

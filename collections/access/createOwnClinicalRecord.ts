import type { Access } from 'payload'

import { hasRole } from './roles'

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/** Admins create any record; a clinician only records that are (or default to) their own. */
export const createOwnClinicalRecord: Access = ({ req: { user }, data }) => {
  if (hasRole(user, 'admin')) {
    return true
  }
  if (!user || !hasRole(user, 'clinician')) {
    return false
  }
  const clinician = idOf(data?.clinician)
  return clinician === undefined || clinician === null || clinician === user.id
}

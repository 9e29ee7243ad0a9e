import type { Access } from 'payload'

import { hasRole } from './roles'

/** A patient link is readable by whoever may read its program: admins, and its clinician. */
export const linksOfReadablePrograms: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) {
    return true
  }
  if (user && hasRole(user, 'clinician')) {
    return { 'program.clinician': { equals: user.id } }
  }
  return false
}

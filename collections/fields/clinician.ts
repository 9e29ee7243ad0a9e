import type { RelationshipField } from 'payload'

import { adminFieldOnly } from '../access/adminFieldOnly'
import { hasRole } from '../access/roles'

/** The clinician who owns a patient record; a clinician's new records are their own. Only admins reassign. */
export const clinicianField: RelationshipField = {
  name: 'clinician',
  type: 'relationship',
  relationTo: 'users',
  required: true,
  index: true,
  defaultValue: ({ user }) => (hasRole(user, 'clinician') ? user?.id : undefined),
  filterOptions: { role: { in: ['clinician', 'admin'] } },
  access: { update: adminFieldOnly },
  admin: { position: 'sidebar' },
}

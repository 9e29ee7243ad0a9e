import type { RelationshipField } from 'payload'

import { adminFieldOnly } from '../access/adminFieldOnly'

/** The clinician who owns a patient record; defaults to whoever creates it. Only admins reassign. */
export const clinicianField: RelationshipField = {
  name: 'clinician',
  type: 'relationship',
  relationTo: 'users',
  required: true,
  index: true,
  defaultValue: ({ user }) => user?.id,
  filterOptions: { role: { in: ['clinician', 'admin'] } },
  access: { update: adminFieldOnly },
  admin: { position: 'sidebar' },
}

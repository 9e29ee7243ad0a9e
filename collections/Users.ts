import type { CollectionConfig } from 'payload'

import { adminFieldOnly } from './access/adminFieldOnly'
import { adminOnly } from './access/adminOnly'
import { selfOrAdmin } from './access/selfOrAdmin'
import { noteSignInAttempt } from './hooks/audit/auditFailedSignIn'
import { recordSignIn } from './hooks/audit/auditSignIn'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { optionsFor, roles } from './vocabularies'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Staff member', plural: 'Staff' },
  auth: true,
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Clinic' },
  access: {
    read: selfOrAdmin,
    create: adminOnly,
    update: selfOrAdmin,
    delete: adminOnly,
    unlock: adminOnly,
  },
  hooks: {
    beforeValidate: [firstUserIsAdmin],
    beforeOperation: [noteSignInAttempt],
    afterLogin: [recordSignIn],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'clinician',
      options: optionsFor(roles),
      saveToJWT: true,
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: {
        position: 'sidebar',
        description:
          'Editors keep the content library; clinicians also see their own patients; admins manage everything.',
      },
    },
  ],
}

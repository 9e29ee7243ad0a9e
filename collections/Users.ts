import type { CollectionConfig } from 'payload'

import { checkNewPassword } from '../src/auth/hooks/checkNewPassword'
import { checkResetPassword } from '../src/auth/hooks/checkResetPassword'
import { countRefusedCodes } from '../src/auth/hooks/countRefusedCodes'
import { evenSignInTiming } from '../src/auth/hooks/evenSignInTiming'
import { staffAuth } from '../src/auth/staffSessions'
import { twoFactorEndpoints } from '../src/auth/totp/endpoints'
import { twoFactorFields } from '../src/auth/totp/fields'
import { requireSecondFactor } from '../src/auth/totp/requireSecondFactor'
import { markPasswordReset, resetEndsSession } from '../src/auth/totp/resetEndsSession'
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
  auth: staffAuth(),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: 'Clinic' },
  access: {
    read: selfOrAdmin,
    create: adminOnly,
    update: selfOrAdmin,
    delete: adminOnly,
    unlock: adminOnly,
  },
  hooks: {
    beforeValidate: [firstUserIsAdmin, checkNewPassword],
    beforeOperation: [noteSignInAttempt, checkResetPassword, markPasswordReset, evenSignInTiming],
    beforeLogin: [requireSecondFactor],
    afterLogin: [recordSignIn],
    afterOperation: [resetEndsSession],
    afterError: [countRefusedCodes],
  },
  endpoints: twoFactorEndpoints,
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
    ...twoFactorFields,
  ],
}

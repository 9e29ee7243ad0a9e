import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

export const adminFieldOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

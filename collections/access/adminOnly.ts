import type { Access } from 'payload'

import { hasRole } from './roles'

export const adminOnly: Access = ({ req: { user } }) => hasRole(user, 'admin')

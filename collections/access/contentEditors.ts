import type { Access } from 'payload'

import { hasRole } from './roles'

/** Admins and editors write the content library; clinicians only read it. */
export const contentEditors: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

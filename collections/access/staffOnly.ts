import type { Access } from 'payload'

export const staffOnly: Access = ({ req: { user } }) => Boolean(user)

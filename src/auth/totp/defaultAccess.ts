import type { Access } from 'payload'

/** Payload's own rule where a collection or global names none: any signed-in user. */
export const defaultAccess: Access = ({ req: { user } }) => Boolean(user)

import type { Role } from '../vocabularies'

type MaybeUser = { role?: Role | null } | null | undefined

export const hasRole = (user: MaybeUser, ...allowed: Role[]): boolean =>
  Boolean(user?.role && allowed.includes(user.role))

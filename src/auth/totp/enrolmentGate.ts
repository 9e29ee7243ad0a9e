import type { Access, AfterErrorHook, CollectionConfig, GlobalConfig } from 'payload'

import { defaultAccess } from './defaultAccess'
import { SET_UP_FIRST } from './messages'
import { mustSetUpTwoFactor } from './policy'

type AccessMap = Record<string, Access | undefined>

/**
 * Someone who must set up two-factor sign-in first is refused by every collection and global
 * (except reading their own account, which the admin's account view needs): each access rule is
 * wrapped, so REST, GraphQL, the Local API with their user and the admin's permissions agree.
 */
const gated =
  (access: Access | undefined, ownAccount: boolean): Access =>
  (args) => {
    const user = args.req.user
    if (mustSetUpTwoFactor(user)) {
      return ownAccount && user ? { id: { equals: user.id } } : false
    }
    return (access ?? defaultAccess)(args)
  }

const OPERATIONS = ['create', 'read', 'update', 'delete', 'readVersions', 'readDrafts'] as const

const gateAll = (access: AccessMap | undefined, isStaff: boolean, keys: readonly string[]) => {
  const wrapped: AccessMap = { ...access }
  for (const key of keys) {
    if (key === 'readVersions' || key === 'readDrafts') {
      if (access?.[key]) {
        wrapped[key] = gated(access[key], false)
      }
      continue
    }
    wrapped[key] = gated(access?.[key], isStaff && key === 'read')
  }
  return wrapped
}

export const gateCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  access: gateAll(
    collection.access as AccessMap | undefined,
    Boolean(collection.auth),
    OPERATIONS,
  ) as CollectionConfig['access'],
})

export const gateGlobal = (global: GlobalConfig): GlobalConfig => ({
  ...global,
  access: gateAll(global.access as AccessMap | undefined, false, [
    'read',
    'update',
    'readVersions',
    'readDrafts',
  ]) as GlobalConfig['access'],
})

/** The refusal says what to do: "Set up two-factor sign-in first." (403). */
export const explainEnrolmentRefusal: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const original = (error as { originalError?: Error }).originalError ?? error
  if (original.name !== 'Forbidden' || !mustSetUpTwoFactor(req.user)) {
    return
  }
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message: SET_UP_FIRST } }
  }
  return { status: 403, response: { ...result, errors: [{ message: SET_UP_FIRST }] } }
}

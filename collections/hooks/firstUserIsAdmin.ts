import type { CollectionBeforeValidateHook } from 'payload'

/** Whoever creates the very first account (the create-first-user screen) becomes its admin. */
export const firstUserIsAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create') {
    return data
  }
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}

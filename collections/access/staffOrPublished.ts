import type { Access } from 'payload'

/** Any signed-in staff member reads everything; visitors read published documents only. */
export const staffOrPublished: Access = ({ req: { user } }) => {
  if (user) {
    return true
  }
  return { _status: { equals: 'published' } }
}

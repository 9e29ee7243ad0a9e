import type { Payload, TypedUser } from 'payload'

/**
 * The reads compose makes, passed in explicitly: whoever builds the reader decides with whose
 * access it reads and whether a read may be answered from a cache (the delivery passes its
 * recording, cached reader; see `src/delivery/reads/`).
 */
export type LibraryReader = Pick<Payload, 'find' | 'findByID' | 'findGlobal'>

/** Who a handout is made for: a signed-in or anonymous caller, or the system (CLIs, delivery). */
export type Caller = {
  /** Undefined or null for an anonymous visitor, who sees published content only. */
  user?: TypedUser | null
  /** Read as the server itself, without a user's access rules. */
  system?: boolean
}

/**
 * The Local API as the caller: every read applies their access rules (`overrideAccess: false`
 * with their user); the system reads with the Local API's own default, full access. Nothing kept.
 */
export const callerReader = (payload: Payload, { user, system }: Caller): LibraryReader => {
  if (system) {
    return payload
  }
  const access = { overrideAccess: false, user: user ?? undefined }
  return {
    find: (options) => payload.find({ ...options, ...access }),
    findByID: (options) => payload.findByID({ ...options, ...access }),
    findGlobal: (options) => payload.findGlobal({ ...options, ...access }),
  }
}

import type { CollectionSlug, PayloadRequest } from 'payload'

import { problem } from './problem'

/**
 * 404 when there is no such document, 403 when it exists but the caller may not read it
 * (another clinician's patient, a draft for a visitor); undefined when the caller may.
 */
export const checkRecordAccess = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number,
  /** What the refusal says the caller may not see: by default the document itself. */
  forbiddenThing = `this ${collection.slice(0, -1)}`,
) => {
  const where = { id: { equals: id } }
  const { totalDocs: exists } = await req.payload.count({ collection, where })
  if (!exists) {
    return problem(404, `No ${collection.slice(0, -1)} with id ${id}.`)
  }
  const { totalDocs: visible } = await req.payload
    .count({ collection, where, overrideAccess: false, user: req.user ?? undefined })
    .catch(() => ({ totalDocs: 0 }))
  return visible ? undefined : problem(403, `You are not allowed to see ${forbiddenThing}.`)
}

/** The `:id` route parameter as a positive whole number, or a 400 response. */
export const routeId = (req: PayloadRequest): number | Response => {
  const id = Number(req.routeParams?.id)
  return Number.isInteger(id) && id > 0 ? id : problem(400, 'The id must be a positive whole number.')
}

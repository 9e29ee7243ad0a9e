import type { CollectionSlug, PayloadRequest } from 'payload'

import { problem } from './problem'

/**
 * Reads the document as the caller may, and lets Payload's own errors through: Payload's REST
 * handler then answers exactly as it does for `GET /api/<collection>/:id`. 403 when the caller
 * may read nothing of the collection; 404, the same for a missing document as for one the
 * caller may not see (another clinician's patient, a draft for a visitor), so no id can be
 * probed through an endpoint. Only the id is read: the caller reads the document itself next.
 */
export const readableRecord = (req: PayloadRequest, collection: CollectionSlug, id: number) =>
  req.payload.findByID({ collection, id, depth: 0, overrideAccess: false, req, select: {} })

/** The `:id` route parameter as a positive whole number, or a 400 response. */
export const routeId = (req: PayloadRequest): number | Response => {
  const id = Number(req.routeParams?.id)
  return Number.isInteger(id) && id > 0
    ? id
    : problem(400, 'The id must be a positive whole number.')
}

import type { Endpoint, PayloadRequest } from 'payload'

import { readableRecord, routeId } from './readableRecord'

/** Answers about one program's state are never kept by a browser or a proxy. */
export const noStore = { 'Cache-Control': 'no-store' }

/** An endpoint on one program, answered only when the caller may read it (else 400/403/404). */
export const programEndpoint = (
  path: string,
  method: 'get' | 'post',
  respond: (req: PayloadRequest, id: number) => Promise<Response>,
): Endpoint => ({
  path,
  method,
  handler: async (req) => {
    const id = routeId(req)
    if (id instanceof Response) {
      return id
    }
    await readableRecord(req, 'programs', id)
    return respond(req, id)
  },
})

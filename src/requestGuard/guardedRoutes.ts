import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { getPayload } from 'payload'

import { requestGuard } from './guardRequest'
import { visitorReadCache } from './visitorReadCache'
import { notFound } from './refusal'

type RouteArgs = { params: Promise<{ slug: string[] }> }
type RestHandler = (request: Request, args: RouteArgs) => Promise<Response>

/** Payload's REST and GraphQL handlers, each behind the request guard; visitors' library reads
 * are answered from the visitors' read cache while the library is unchanged. */
export const guardedRoutes = (config: Promise<SanitizedConfig>) => {
  const guard = config.then(requestGuard)
  const cache = visitorReadCache(() => getPayload({ config }))
  const guarded =
    (handler: RestHandler): RestHandler =>
    async (request, args) => {
      const segments = (await args.params).slug ?? []
      const checked = await (await guard)(request, segments)
      if (checked instanceof Response) {
        return checked
      }
      const response = await cache(checked, segments, (answered) => handler(answered, args))
      // Payload answers 500 for an upload whose file is not on the disk: to a client, not found.
      return segments[1] === 'file' && response.status === 500 ? notFound() : response
    }
  const graphQL = GRAPHQL_POST(config)
  return {
    GET: guarded(REST_GET(config)),
    POST: guarded(REST_POST(config)),
    PATCH: guarded(REST_PATCH(config)),
    PUT: guarded(REST_PUT(config)),
    DELETE: guarded(REST_DELETE(config)),
    OPTIONS: REST_OPTIONS(config),
    GRAPHQL: async (request: Request) => {
      const checked = await (await guard)(request, ['graphql'])
      return checked instanceof Response ? checked : graphQL(checked)
    },
  }
}

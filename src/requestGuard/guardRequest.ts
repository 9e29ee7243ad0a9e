import type { SanitizedConfig } from 'payload'

import { checkAuthBody } from './checkAuthBody'
import { checkBody, mediaTypeOf } from './checkBody'
import { checkGraphQL } from './checkGraphQL'
import { checkFieldValues } from './checkFieldValues'
import { checkQuery, parseQuery } from './checkQuery'
import { pathChecker } from './checkPath'
import { overriddenGet, overridesToGet } from './methodOverride'
import { RequestRefused, refusal } from './refusal'
import { routeTargetOf } from './routeTarget'

export type Guard = (request: Request, segments: string[]) => Promise<Request | Response>

const invalidFields = (problems: { path: string; message: string }[]) =>
  Response.json(
    {
      errors: [
        {
          name: 'ValidationError',
          message: `The following field${problems.length > 1 ? 's are' : ' is'} invalid: ${problems
            .map(({ path }) => path)
            .join(', ')}`,
          data: { errors: problems },
        },
      ],
    },
    { status: 400 },
  )

/**
 * The edge every API request passes before Payload: the address, the query and the body are
 * checked against what the database and our hooks can hold (ids, operators, field types,
 * options, sizes and nesting), and anything else is answered with a 4xx that names the problem.
 */
export const requestGuard = (config: SanitizedConfig): Guard => {
  const checkPath = pathChecker(config)
  const guard: Guard = async (request, segments) => {
    try {
      checkPath(segments)
      if (overridesToGet(request)) {
        // Payload answers it as the GET it builds from the body: that GET passes every check.
        const { get, post } = await overriddenGet(request)
        const checkedGet = await guard(get, segments)
        return checkedGet instanceof Response ? checkedGet : post
      }
      const target = routeTargetOf(config, request.method, segments)
      checkQuery(parseQuery(new URL(request.url).search), target.fields)
      const { request: checked, data } = await checkBody(request, target.fields)
      if (!data && target.needsData) {
        const upload = target.upload && mediaTypeOf(request).startsWith('multipart/')
        if (!upload) {
          throw new RequestRefused(
            mediaTypeOf(request) === 'application/x-www-form-urlencoded' ? 415 : 400,
            'Send the document as a JSON object in the body (Content-Type: application/json), e.g. {"name": "…"}.',
          )
        }
      }
      if (segments[0] === 'graphql') {
        checkGraphQL(data)
      }
      if (data && target.authenticates) {
        checkAuthBody(data)
      }
      if (data && target.fields && target.writesDocument) {
        const problems = checkFieldValues(target.fields, data)
        if (problems.length > 0) {
          return invalidFields(problems)
        }
      }
      return checked
    } catch (error) {
      if (error instanceof RequestRefused) {
        return refusal(error.status, error.message)
      }
      throw error
    }
  }
  return guard
}

import { GraphQLError, parse } from 'graphql'

import { requestLimits } from './limits'
import { RequestRefused } from './refusal'

/**
 * GraphQL's validation compares every pair of fields selected together, so its time grows with
 * the square of a query's size: a query of 20,000 fields held the server for seconds. A query
 * over the token limit is refused before Payload parses it; other syntax errors are left to
 * Payload, which answers them in GraphQL's own error format.
 */
export const checkGraphQL = (data: Record<string, unknown> | undefined) => {
  const query = data?.query
  if (typeof query !== 'string') {
    return
  }
  try {
    parse(query, { maxTokens: requestLimits.graphQLTokens, noLocation: true })
  } catch (error) {
    if (error instanceof GraphQLError && /Parsing aborted/.test(error.message)) {
      throw new RequestRefused(
        400,
        `The GraphQL query is too long: at most ${requestLimits.graphQLTokens.toLocaleString('en')} tokens.`,
      )
    }
  }
}

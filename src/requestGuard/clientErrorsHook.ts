import type { AfterErrorHook } from 'payload'

import { clientCausedDatabaseError } from './databaseErrors'

/** Upload-form errors Payload reports as a 500 (`APIError(error.message)` from its form reader). */
const MALFORMED_FORM = /Unexpected end of form|Malformed part header|Boundary not found|Multipart/i

/**
 * The last line of defence behind the request guard: an error the client's request caused (a
 * value PostgreSQL refused, a malformed upload) answers 400 with a plain message instead of
 * "Something went wrong.". Anything else stays a 500.
 */
export const answerClientErrors: AfterErrorHook = ({ error, result }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500) {
    return
  }
  const message =
    clientCausedDatabaseError(error) ??
    (MALFORMED_FORM.test(error.message)
      ? 'The upload form is malformed (multipart/form-data).'
      : undefined)
  if (!message) {
    return
  }
  return { status: 400, response: { ...result, errors: [{ message }] } }
}

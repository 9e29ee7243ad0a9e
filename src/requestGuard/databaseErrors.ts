/**
 * PostgreSQL errors a client's request can cause (a value the column cannot hold, a reference to
 * a missing record, too many values), with what to tell the client. SQLSTATE codes:
 * https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const byCode: Record<string, string> = {
  '22001': 'A value is too long for its field.',
  '22003': 'A number is out of range for its field.',
  '22007': 'A date or time is not valid.',
  '22008': 'A date or time is out of range.',
  '22021': 'Text holds a character that cannot be stored.',
  '22P02': 'A value is not valid for its field.',
  '22P05': 'Text holds a character that cannot be stored.',
  '2201W': 'limit must be a positive whole number.',
  '2201X': 'page must be a positive whole number.',
  '23502': 'A required value is missing.',
  '23503': 'The request refers to a record that does not exist.',
  '54000': 'A value or the request is too large.',
  '54001': 'The request is nested too deeply.',
  '08P01': 'The request holds too many values.',
}

type WithCause = { code?: unknown; cause?: unknown; message?: unknown }

/** The client-caused PostgreSQL error in an error's cause chain, as a message for the client. */
export const clientCausedDatabaseError = (error: unknown): string | undefined => {
  for (let current = error as WithCause | undefined, hops = 0; current && hops < 5; hops++) {
    if (typeof current.code === 'string' && byCode[current.code]) {
      return byCode[current.code]
    }
    if (
      typeof current.message === 'string' &&
      /bind message has \d+ parameter/i.test(current.message)
    ) {
      return byCode['08P01']
    }
    current = current.cause as WithCause | undefined
  }
  return undefined
}

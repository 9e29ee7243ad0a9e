import { stdSerializers } from 'pino'

type Serialized = ReturnType<typeof stdSerializers.err> & Record<string, unknown>

const SQL_ERROR = /^Failed query: /

/**
 * How an error appears in the log. A failed query's error carries its SQL and the values bound
 * to it, which can be a patient's name or address: those are left out, keeping the database's
 * own reason (its SQLSTATE code and message) and the stack.
 */
export const loggedError = (error: unknown): unknown => {
  if (!(error instanceof Error)) {
    return error
  }
  const serialized = stdSerializers.err(error) as Serialized
  if (!SQL_ERROR.test(error.message)) {
    return serialized
  }
  const cause = error.cause as { code?: string; message?: string } | undefined
  const reason = cause?.message ? `: ${cause.code ?? ''} ${cause.message}`.replace(/ +/g, ' ') : ''
  const { query: _query, params: _params, cause: _cause, raw: _raw, ...rest } = serialized
  return {
    ...rest,
    message: `A database query failed${reason} (its SQL and values are not logged)`,
    stack: serialized.stack?.replace(/^[\s\S]*?\n(\s+at )/, `${error.name}: query failed\n$1`),
  }
}

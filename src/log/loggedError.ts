import type { LoggerOptions } from 'pino'

import { stdSerializers } from 'pino'

type Serialized = ReturnType<typeof stdSerializers.err> & Record<string, unknown>

const SQL_ERROR = /^Failed query: /

const isQueryError = (error: unknown): error is Error =>
  error instanceof Error && SQL_ERROR.test(error.message)

const reasonOf = (error: Error) => {
  const cause = error.cause as { code?: string; message?: string } | undefined
  return cause?.message ? ` (${[cause.code, cause.message].filter(Boolean).join(' ')})` : ''
}

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
  if (!isQueryError(error)) {
    return serialized
  }
  const { query: _query, params: _params, cause: _cause, raw: _raw, ...rest } = serialized
  const message = `A database query failed${reasonOf(error)}; its SQL and values are not logged.`
  return {
    ...rest,
    message,
    stack: serialized.stack?.replace(/^[\s\S]*?\n(\s+at )/, `${error.name}: ${message}\n$1`),
  }
}

/**
 * pino options for Payload's logger: errors through `loggedError`, and the line's message of a
 * failed query (pino takes it from the error) replaced the same way.
 */
export const privateLoggerOptions: LoggerOptions = {
  serializers: { err: loggedError },
  hooks: {
    logMethod(args, method) {
      const [first, ...rest] = args as unknown[]
      const error = (first as { err?: unknown } | undefined)?.err
      if (isQueryError(error)) {
        const safe = loggedError(error) as { message: string }
        return method.apply(this, [
          { ...(first as object), err: error },
          safe.message,
          ...rest,
        ] as never)
      }
      return method.apply(this, args)
    },
  },
}

import { ValidationError } from 'payload'

/** PostgreSQL's SQLSTATE for a row that would repeat a unique key. */
export const UNIQUE_VIOLATION = '23505'

const causes = function* (error: unknown) {
  for (let at = error, depth = 0; at && typeof at === 'object' && depth < 8; depth++) {
    yield at as { code?: unknown; cause?: unknown }
    at = (at as { cause?: unknown }).cause
  }
}

/**
 * True when a write was refused because it would repeat a unique key. A query through drizzle
 * throws node-postgres's error (SQLSTATE 23505) as the `cause` of its own; Payload's create and
 * update catch that error and throw a ValidationError in its place, without the cause: its field
 * errors then carry the table the constraint is on (`tableName`, set only there, payload 3.90's
 * `handleUpsertError`). Both are recognised; no message text is read.
 */
export const isUniqueViolation = (error: unknown): boolean => {
  if (error instanceof ValidationError) {
    const { errors } = error.data
    return errors.length > 0 && errors.every((field) => field.tableName !== undefined)
  }
  for (const at of causes(error)) {
    if (at.code === UNIQUE_VIOLATION) {
      return true
    }
  }
  return false
}

import { MAX_ID } from './limits'

/** A JSON object: not null, not a list. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

const ID_TEXT = /^[1-9]\d{0,9}$/

/** An id as a document can have one: a whole number from 1 to PostgreSQL's integer maximum. */
export const isId = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_ID) ||
  (typeof value === 'string' && ID_TEXT.test(value) && Number(value) <= MAX_ID)

/** The values a select or radio field takes, from options given as strings or `{ value }`. */
export const optionValues = (options: unknown[]): string[] =>
  options.map((option) =>
    typeof option === 'string' ? option : (option as { value: string }).value,
  )

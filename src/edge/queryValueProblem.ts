import type { Field } from 'payload'

import { MAX_ID } from './limits'

const NUMBER = /^-?\d{1,15}(\.\d+)?$/
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])

const optionValues = (options: unknown[]) =>
  options.map((option) => (typeof option === 'string' ? option : (option as { value: string }).value))

const isIdText = (value: string) => /^[1-9]\d{0,9}$/.test(value) && Number(value) <= MAX_ID

/**
 * What is wrong with one value of a `where` condition for the field it names, or undefined. A
 * value arrives as text (or a number or boolean from a JSON query); PostgreSQL would refuse it
 * with an error, so it is refused here with a message instead.
 */
export const queryValueProblem = (
  field: Field | 'id' | undefined,
  operator: string,
  value: unknown,
): string | undefined => {
  if (operator === 'exists') {
    return ['true', 'false', true, false].includes(value as string)
      ? undefined
      : '"exists" takes true or false.'
  }
  if (operator === 'all' && !(field !== 'id' && field && 'hasMany' in field && field.hasMany)) {
    return '"all" applies only to a field that holds several values; use "in".'
  }
  if (field === undefined || value === null || value === '') {
    return undefined
  }
  const text = String(value)
  const type = field === 'id' ? 'id' : field.type
  switch (type) {
    case 'id':
    case 'relationship':
    case 'upload':
      return TEXT_OPERATORS.has(operator) || isIdText(text)
        ? undefined
        : `"${text.slice(0, 40)}" is not the id of a record.`
    case 'number':
      return NUMBER.test(text) ? undefined : `"${text.slice(0, 40)}" is not a number.`
    case 'date': {
      const year = new Date(Date.parse(text)).getUTCFullYear()
      return Number.isNaN(year) || year < 1 || year > 9999
        ? `"${text.slice(0, 40)}" is not a date (ISO 8601, years 1 to 9999).`
        : undefined
    }
    case 'checkbox':
      return ['true', 'false'].includes(text) ? undefined : `"${text.slice(0, 40)}" is not true or false.`
    case 'select':
    case 'radio': {
      const options = optionValues((field as { options: unknown[] }).options)
      if (TEXT_OPERATORS.has(operator)) {
        return `"${operator}" does not apply to a choice; use equals or in with one of ${options.join(', ')}.`
      }
      return options.includes(text) ? undefined : `"${text.slice(0, 40)}" is not one of ${options.join(', ')}.`
    }
    default:
      return undefined
  }
}

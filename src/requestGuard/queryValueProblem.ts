import type { Field } from 'payload'

import { isId, optionValues } from './values'

const NUMBER = /^-?\d{1,15}(\.\d+)?$/
const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])
const EQUALITY = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ORDER = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const TEXT_MATCH = ['like', 'not_like', 'contains']

/** The operators PostgreSQL can apply to each kind of field (others fail in SQL). */
const OPERATORS_BY_TYPE: Record<string, readonly string[]> = {
  text: [...EQUALITY, ...ORDER, ...TEXT_MATCH, 'all'],
  number: [...EQUALITY, ...ORDER, 'all'],
  date: [...EQUALITY, ...ORDER],
  checkbox: ['equals', 'not_equals', 'exists'],
  select: [...EQUALITY, 'all'],
  id: [...EQUALITY, ...ORDER, 'all'],
  richText: ['exists'],
  json: ['exists', 'equals', 'not_equals'],
}

const kindOf = (field: Field | 'id'): string | undefined => {
  if (field === 'id') {
    return 'id'
  }
  if (TEXT_TYPES.has(field.type)) {
    return 'text'
  }
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return 'id'
    case 'radio':
      return 'select'
    default:
      return field.type in OPERATORS_BY_TYPE ? field.type : undefined
  }
}

const shown = (text: string) => `"${text.slice(0, 40)}"`

/**
 * What is wrong with one condition of a `where` for the field it names, or undefined. A value
 * arrives as text (or a number or boolean from a JSON query); an operator or value PostgreSQL
 * would refuse with an error is refused here with a message instead.
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
  if (field === undefined) {
    return undefined
  }
  const kind = kindOf(field)
  if (!kind) {
    return undefined
  }
  if (!OPERATORS_BY_TYPE[kind].includes(operator)) {
    return `"${operator}" does not apply to this field; use one of ${OPERATORS_BY_TYPE[kind].join(', ')}.`
  }
  if (operator === 'all' && !(field !== 'id' && 'hasMany' in field && field.hasMany)) {
    return '"all" applies only to a field that holds several values; use "in".'
  }
  if (value === null || (kind === 'text' && value === '')) {
    return undefined
  }
  const text = String(value)
  switch (kind) {
    case 'id':
      return isId(text) ? undefined : `${shown(text)} is not the id of a record.`
    case 'number':
      return NUMBER.test(text) ? undefined : `${shown(text)} is not a number.`
    case 'date': {
      const year = new Date(Date.parse(text)).getUTCFullYear()
      return Number.isNaN(year) || year < 1 || year > 9999
        ? `${shown(text)} is not a date (ISO 8601, years 1 to 9999).`
        : undefined
    }
    case 'checkbox':
      return ['true', 'false'].includes(text) ? undefined : `${shown(text)} is not true or false.`
    case 'select': {
      const options = optionValues((field as { options: unknown[] }).options)
      return options.includes(text)
        ? undefined
        : `${shown(text)} is not one of ${options.join(', ')}.`
    }
    default:
      return undefined
  }
}

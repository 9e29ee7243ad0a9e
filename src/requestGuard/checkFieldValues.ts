import type { Field } from 'payload'

import { describeRichTextProblems, richTextProblems } from '../richText/lexicalShape'
import { isId, isObject, optionValues } from './values'

/** Longest text a field takes when it sets no `maxLength` of its own. */
const TEXT_LENGTH = { text: 1_000, textarea: 20_000, email: 320, code: 20_000 } as const
const ROWS = 500

export type FieldProblem = { path: string; message: string }

/** What is wrong with one value of a leaf field, or undefined when PostgreSQL can hold it. */
const leafProblem = (field: Field, value: unknown): string | undefined => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code': {
      if (typeof value !== 'string') {
        return 'must be text.'
      }
      const max = ('maxLength' in field && field.maxLength) || TEXT_LENGTH[field.type]
      return value.length > max ? `must be at most ${max} characters.` : undefined
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e15
        ? undefined
        : 'must be a number.'
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : 'must be true or false.'
    case 'date': {
      const time = typeof value === 'string' ? Date.parse(value) : NaN
      const year = new Date(time).getUTCFullYear()
      return Number.isNaN(time) || year < 1 || year > 9999
        ? 'must be a date (ISO 8601).'
        : undefined
    }
    case 'select':
    case 'radio': {
      const options = optionValues(field.options)
      return typeof value === 'string' && options.includes(value)
        ? undefined
        : `must be one of ${options.join(', ')}.`
    }
    case 'relationship':
    case 'upload': {
      const reference = isObject(value) ? (value.value ?? value.id) : value
      return isId(reference) ? undefined : 'must be the id of a record.'
    }
    case 'richText': {
      const problems = richTextProblems(value)
      return problems.length > 0 ? describeRichTextProblems('', problems).trim() : undefined
    }
    case 'point':
      return Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number')
        ? undefined
        : 'must be [longitude, latitude].'
    default:
      return undefined
  }
}

const hasMany = (field: Field) => 'hasMany' in field && field.hasMany === true

/**
 * Checks the values a request gives for a collection's or global's fields against the field
 * types, before hooks or SQL see them: the wrong type, an option that does not exist, an id
 * that cannot be one, text past its length. Absent and null values are left to Payload's own
 * validation (required fields and the like), except null for a list of rows or a group, which
 * Payload cannot take. Unknown keys are ignored, as Payload ignores them.
 */
export const checkFieldValues = (
  fields: Field[],
  data: Record<string, unknown>,
  prefix = '',
  problems: FieldProblem[] = [],
): FieldProblem[] => {
  for (const field of fields) {
    if (
      field.type === 'row' ||
      field.type === 'collapsible' ||
      (field.type === 'group' && !('name' in field))
    ) {
      checkFieldValues(field.fields, data, prefix, problems)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          checkNested(tab.fields, data[tab.name], `${prefix}${tab.name}`, problems)
        } else {
          checkFieldValues(tab.fields, data, prefix, problems)
        }
      }
      continue
    }
    if (!('name' in field) || field.type === 'ui' || field.type === 'join') {
      continue
    }
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    if (value === null && (field.type === 'array' || field.type === 'blocks')) {
      problems.push({ path, message: 'must be a list of rows (send [] for none), not null.' })
      continue
    }
    if (value === null && field.type === 'group') {
      problems.push({ path, message: 'must be an object of fields (send {} for none), not null.' })
      continue
    }
    if (value === undefined || value === null) {
      continue
    }
    if (field.type === 'group') {
      checkNested(field.fields, value, path, problems)
      continue
    }
    if (field.type === 'array' || field.type === 'blocks') {
      if (!Array.isArray(value) || value.length > ROWS) {
        problems.push({ path, message: `must be a list of at most ${ROWS} rows.` })
        continue
      }
      value.forEach((row, index) => {
        const rowFields =
          field.type === 'array'
            ? field.fields
            : field.blocks.find((block) => isObject(row) && block.slug === row.blockType)?.fields
        if (!rowFields) {
          problems.push({ path: `${path}.${index}`, message: 'is not a known block.' })
          return
        }
        checkNested(rowFields, row, `${path}.${index}`, problems)
      })
      continue
    }
    if (field.type === 'json') {
      continue
    }
    const values = hasMany(field) ? value : [value]
    if (!Array.isArray(values) || values.length > ROWS) {
      problems.push({ path, message: `must be a list of at most ${ROWS} values.` })
      continue
    }
    const problem = values.map((one) => leafProblem(field, one)).find(Boolean)
    if (problem) {
      problems.push({ path, message: problem })
    }
  }
  return problems
}

const checkNested = (fields: Field[], value: unknown, path: string, problems: FieldProblem[]) => {
  if (value === undefined || value === null) {
    return
  }
  if (!isObject(value)) {
    problems.push({ path, message: 'must be an object of fields.' })
    return
  }
  checkFieldValues(fields, value, `${path}.`, problems)
}

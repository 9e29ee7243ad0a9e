import type { Field } from 'payload'

import { fieldAt } from './fieldAt'
import { queryValueProblem } from './queryValueProblem'
import { requestLimits } from './limits'
import { isQueryOperator, listOperators, queryOperators } from './queryOperators'
import { RequestRefused } from './refusal'
import { isObject } from './values'

const FIELD_PATH = /^[A-Za-z_]\w*(?:\.\w+)*$/

const refuse: (message: string) => never = (message) => {
  throw new RequestRefused(400, `Invalid where: ${message}`)
}

const valuesOf = (value: unknown): unknown[] => {
  if (Array.isArray(value)) {
    return value
  }
  if (isObject(value)) {
    return Object.values(value)
  }
  return typeof value === 'string' ? value.split(',') : [value]
}

const checkValue = (value: unknown, operator: string, field: Field | 'id' | undefined) => {
  const values = valuesOf(value)
  if (listOperators.has(operator) && values.length > requestLimits.listValues) {
    refuse(`"${operator}" takes at most ${requestLimits.listValues} values.`)
  }
  for (const item of listOperators.has(operator) ? values : [value]) {
    if (isObject(item) || Array.isArray(item)) {
      refuse(`the value of "${operator}" must be text, a number or a list of them.`)
    }
    if (typeof item === 'string' && item.length > requestLimits.queryValueLength) {
      refuse(`a value is longer than ${requestLimits.queryValueLength} characters.`)
    }
    const problem = queryValueProblem(field, operator, item)
    if (problem) {
      refuse(problem)
    }
  }
}

const checkConditions = (field: string, conditions: unknown, fields: Field[] | undefined) => {
  if (!FIELD_PATH.test(field)) {
    refuse(`"${field.slice(0, 60)}" is not a field name.`)
  }
  if (!isObject(conditions)) {
    refuse(`"${field}" needs an operator, e.g. where[${field}][equals]=value.`)
  }
  for (const [operator, value] of Object.entries(conditions)) {
    if (!isQueryOperator(operator)) {
      refuse(
        `"${operator.slice(0, 40)}" is not an operator (use one of ${queryOperators.join(', ')}).`,
      )
    }
    checkValue(value, operator, field === 'id' ? 'id' : fields && fieldAt(fields, field))
  }
}

/**
 * Checks a parsed `where` the way the database will need it, before any SQL is built; with the
 * collection's fields, each value is checked against its field's type too. Its text was checked for
 * characters PostgreSQL cannot store with the rest of the query (checkQuery).
 */
export const checkWhere = (where: unknown, fields?: Field[], nesting = 0): void => {
  if (!isObject(where)) {
    refuse('it must be an object of conditions, e.g. where[name][like]=neck.')
  }
  if (nesting > requestLimits.whereNesting) {
    refuse(`"and" / "or" nest more than ${requestLimits.whereNesting} levels deep.`)
  }
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const branches = valuesOf(value)
      if (!Array.isArray(value) && !isObject(value)) {
        refuse(`"${key}" must be a list of conditions.`)
      }
      branches.forEach((branch) => checkWhere(branch, fields, nesting + 1))
      continue
    }
    checkConditions(key, value, fields)
  }
}

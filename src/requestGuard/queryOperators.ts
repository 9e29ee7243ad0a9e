/**
 * The `where` operators our collections can answer. Payload also knows `within`, `intersects`
 * and `near`, for point fields: we have none, and the PostgreSQL adapter fails on them.
 */
export const queryOperators = [
  'equals',
  'not_equals',
  'contains',
  'like',
  'not_like',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
] as const

export const listOperators: ReadonlySet<string> = new Set(['in', 'not_in', 'all'])

export const isQueryOperator = (key: string): boolean =>
  (queryOperators as readonly string[]).includes(key)

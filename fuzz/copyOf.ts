const GENERATED = new Set(['id', 'createdAt', 'updatedAt', 'slug', 'readingLevel', 'totalMinutes'])

/** A document's data without what the database generates (its id, rows' ids, dates, slug). */
export const copyOf = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    return value.map(copyOf)
  }
  if (value === null || typeof value !== 'object') {
    return value
  }
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !GENERATED.has(key))
      .map(([key, child]) => [key, copyOf(child)]),
  )
}

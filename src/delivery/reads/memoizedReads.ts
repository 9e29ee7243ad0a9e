import type { LibraryReader } from '../../handouts/compose/reader'

/** The Local API's defaults, so a read that spells them out is the same read as one that doesn't. */
const defaults = { overrideAccess: true, draft: false }

const sortedKeys = (_name: string, value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
    : value

const keyOf = (options: object) => {
  const { req: _req, ...rest } = options as { req?: unknown }
  return JSON.stringify({ ...defaults, ...rest }, sortedKeys)
}

/**
 * A reader that reads each thing once: asked again with the same options, it answers from the
 * first read. For one short piece of work (one delivery composed for print and for email),
 * whose reads must agree with each other anyway.
 */
export const memoizedReads = (reader: LibraryReader): LibraryReader => {
  const answers = new Map<string, Promise<unknown>>()
  const once = <T>(method: string, options: object, read: () => Promise<T>): Promise<T> => {
    const key = `${method} ${keyOf(options)}`
    if (!answers.has(key)) {
      answers.set(
        key,
        read().catch((error: unknown) => {
          answers.delete(key)
          throw error
        }),
      )
    }
    return answers.get(key) as Promise<T>
  }
  return {
    find: (options) => once('find', options, () => reader.find(options)),
    findByID: (options) => once('findByID', options, () => reader.findByID(options)),
    findGlobal: (options) => once('findGlobal', options, () => reader.findGlobal(options)),
  }
}

import type { SanitizedConfig } from 'payload'

import { RequestRefused } from './refusal'
import { isId } from './values'

/** Collections whose documents are addressed by something other than a numeric id. */
const KEYED_COLLECTIONS = new Set(['payload-preferences'])

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** An upload's stored name: one path segment, no parent reference, within a file system's limit. */
const isFileName = (name: string) =>
  name.length > 0 &&
  Buffer.byteLength(name) <= 255 &&
  !/[/\\]/.test(name) &&
  name !== '.' &&
  name !== '..'

/** The words a collection's own routes put where an id would go (`count`, `versions`, `login`...). */
const routeWords = (config: SanitizedConfig): Map<string, Set<string>> =>
  new Map(
    config.collections.map((collection) => [
      collection.slug,
      new Set(
        (collection.endpoints || [])
          .map((endpoint) => endpoint.path.split('/')[1])
          .filter((word): word is string => Boolean(word) && !word.startsWith(':')),
      ),
    ]),
  )

/**
 * Answers 404 for a document address whose id no document can have (not a whole number, or past
 * PostgreSQL's integer), as for a missing document, and refuses control characters in the path.
 */
export const pathChecker = (config: SanitizedConfig) => {
  const words = routeWords(config)
  const verifies = new Set<string>(
    config.collections.filter((collection) => collection.auth?.verify).map(({ slug }) => slug),
  )
  return (segments: string[]): void => {
    // eslint-disable-next-line no-control-regex -- control characters are what this refuses
    if (segments.some((segment) => /[\u0000-\u001f\u007f]/.test(decoded(segment)))) {
      throw new RequestRefused(400, 'The address holds a control character.')
    }
    const [collection, second, third] = segments
    const known = words.get(collection)
    if (!known || second === undefined || KEYED_COLLECTIONS.has(collection)) {
      return
    }
    if (second === 'verify' && !verifies.has(collection)) {
      throw new RequestRefused(404, 'Not Found')
    }
    if (second === 'file' && !isFileName(segments.slice(2).join('/'))) {
      throw new RequestRefused(404, 'Not Found')
    }
    if (known.has(second)) {
      if (second === 'versions' && third !== undefined && !isId(third)) {
        throw new RequestRefused(404, 'Not Found')
      }
      return
    }
    if (!isId(second)) {
      throw new RequestRefused(404, 'Not Found')
    }
  }
}

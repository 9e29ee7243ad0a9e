import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { libraryGeneration } from '../../db/libraryGeneration'
import type { LibraryReader } from '../../handouts/compose/reader'
import { isLibraryCollection, isLibraryGlobal } from '../../libraryCollections'

type FindOptions = Parameters<Payload['find']>[0]
type FindByIDOptions = Parameters<Payload['findByID']>[0]
type FindGlobalOptions = Parameters<Payload['findGlobal']>[0]

/** A kept document, and the library's change count it was read under. */
type Entry = { stamp: string; doc: Record<string, unknown> }

/** Shared by every handout this process composes as the system; the least recently used go. */
const entries = new LRUCache<string, Entry>({ max: 5_000 })

/** A read as the system, of whole published documents at depth 0: the only kind kept. */
const plainSystemRead = (options: {
  depth?: number
  overrideAccess?: boolean
  user?: unknown
  draft?: boolean
  select?: unknown
  populate?: unknown
  locale?: unknown
  showHiddenFields?: boolean
}) =>
  options.depth === 0 &&
  options.overrideAccess !== false &&
  !options.user &&
  !options.draft &&
  options.select === undefined &&
  options.populate === undefined &&
  options.locale === undefined &&
  !options.showHiddenFields

/** `where: { id: { in: [...] } }` and nothing else: the shape compose reads the library with. */
const idsAsked = (options: FindOptions): number[] | undefined => {
  const { where, sort, page, limit, pagination, joins } = options
  const keys = where ? Object.keys(where) : []
  const inIds = (where?.id as { in?: unknown } | undefined)?.in
  const onlyIds =
    keys.length === 1 &&
    Object.keys(where!.id as object).length === 1 &&
    Array.isArray(inIds) &&
    inIds.every((id) => typeof id === 'number')
  if (
    !onlyIds ||
    sort !== undefined ||
    (page ?? 1) !== 1 ||
    pagination === false ||
    joins !== undefined
  ) {
    return undefined
  }
  return limit === undefined || limit >= inIds.length ? [...new Set(inIds as number[])] : undefined
}

/**
 * Library documents (src/libraryCollections: the clinic's shared library, the same documents in
 * every patient's handout) read as the system are kept between handouts. Each piece of work
 * (one handout's composing, however many reads it makes) first reads the library's change count
 * (`libraryGeneration`, counted in the same transaction as every save or delete of the library);
 * a kept document is served only while the count is what it was when the document was read, so
 * any edit, addition or deletion makes the next handout read the library afresh, and what a
 * handout records as its content versions is exactly what it was made from. Payload's own read (access, hooks,
 * relations) is the costly part of composing a handout, and most of it is the same for every
 * patient.
 */
export const deliveryReadCache = (payload: Payload): LibraryReader => {
  let generation: Promise<string> | undefined
  const stampOf = () => {
    generation ??= libraryGeneration(payload)
      .then(String)
      .catch((error: unknown) => {
        generation = undefined
        throw error
      })
    return generation
  }

  const find = async (options: FindOptions) => {
    const ids = idsAsked(options)
    if (!isLibraryCollection(options.collection) || !plainSystemRead(options) || !ids?.length) {
      return payload.find(options)
    }
    const stamp = await stampOf()
    const keyOf = (id: number) => `${options.collection}:${id}`
    const stale = ids.filter((id) => entries.get(keyOf(id))?.stamp !== stamp)
    const fresh = new Map<number, Record<string, unknown>>()
    if (stale.length) {
      const { docs } = await payload.find({
        ...options,
        where: { id: { in: stale } },
        limit: stale.length,
      })
      for (const doc of docs as unknown as Array<Record<string, unknown>>) {
        fresh.set(doc.id as number, doc)
        entries.set(keyOf(doc.id as number), { stamp, doc: structuredClone(doc) })
      }
    }
    const docs = ids.flatMap((id) => {
      const doc = fresh.get(id) ?? (stale.includes(id) ? undefined : entries.get(keyOf(id))?.doc)
      return doc ? [fresh.has(id) ? doc : structuredClone(doc)] : []
    })
    return {
      docs,
      totalDocs: docs.length,
      limit: options.limit ?? 10,
      totalPages: 1,
      page: 1,
      pagingCounter: 1,
      hasPrevPage: false,
      hasNextPage: false,
      prevPage: null,
      nextPage: null,
    } as unknown as Awaited<ReturnType<Payload['find']>>
  }

  const findByID = async (options: FindByIDOptions) => {
    if (
      !isLibraryCollection(options.collection) ||
      !plainSystemRead(options) ||
      typeof options.id !== 'number'
    ) {
      return payload.findByID(options)
    }
    const { docs } = await find({
      collection: options.collection,
      where: { id: { in: [options.id] } },
      limit: 1,
      depth: 0,
      overrideAccess: options.overrideAccess,
      draft: options.draft,
    })
    if (!docs[0]) {
      return payload.findByID(options)
    }
    return docs[0]
  }

  const findGlobal = async (options: FindGlobalOptions) => {
    if (!isLibraryGlobal(options.slug) || !plainSystemRead(options)) {
      return payload.findGlobal(options)
    }
    const stamp = await stampOf()
    const key = `global:${options.slug}`
    if (entries.get(key)?.stamp !== stamp) {
      const doc = structuredClone(await payload.findGlobal(options))
      entries.set(key, { stamp, doc: doc as unknown as Record<string, unknown> })
    }
    return structuredClone(entries.get(key)!.doc)
  }

  return {
    find: find as LibraryReader['find'],
    findByID: findByID as LibraryReader['findByID'],
    findGlobal: findGlobal as LibraryReader['findGlobal'],
  }
}

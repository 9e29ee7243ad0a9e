import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalBeforeChangeHook,
  GlobalConfig,
  PayloadRequest,
} from 'payload'

import { countLibraryChange } from '../../src/db/libraryGeneration'
import {
  isLibraryCollection,
  isLibraryGlobal,
  libraryCollections,
  libraryGlobals,
} from '../../src/libraryCollections'

/** A hook that counts a change and hands back what it was given (`data` or `doc`). */
const counting =
  <Args extends { req: PayloadRequest }, Given>(given: (args: Args) => Given) =>
  async (args: Args) => {
    await countLibraryChange(args.req)
    return given(args)
  }

const beforeChange: CollectionBeforeChangeHook = counting(({ data }) => data)
const afterChange: CollectionAfterChangeHook = counting(({ doc }) => doc)
const beforeDelete: CollectionBeforeDeleteHook = counting(() => undefined)
const afterDelete: CollectionAfterDeleteHook = counting(({ doc }) => doc)
const beforeGlobalChange: GlobalBeforeChangeHook = counting(({ data }) => data)
const afterGlobalChange: GlobalAfterChangeHook = counting(({ doc }) => doc)

/** The hooks that count, as added (for a test to find which configs have them). */
export const libraryChangeHooks = { beforeChange, beforeGlobalChange } as const

/** Fails the config when a listed slug has no collection or global: the list has a typo. */
const requireConfigured = (kind: string, listed: readonly string[], configured: string[]) => {
  const missing = listed.filter((slug) => !configured.includes(slug))
  if (missing.length > 0) {
    throw new Error(
      `src/libraryCollections.ts lists ${kind} ${missing.join(', ')}, which the config lacks`,
    )
  }
}

/**
 * The collections, with each library collection's (src/libraryCollections) saves and deletes
 * counted as library changes. The count is taken first, before the document's own rows (every
 * library write then locks the count's row before any other, in one order, so two of them never
 * wait on each other), and again once the rows are written: the embedded database has no
 * transactions, and a visitor's read between the first count and the write must not be kept as
 * the changed library's.
 */
export const countingLibraryChanges = (collections: CollectionConfig[]): CollectionConfig[] => {
  const listed = libraryCollections.map(({ slug }) => slug)
  requireConfigured(
    'collection',
    listed,
    collections.map(({ slug }) => slug),
  )
  return collections.map((collection) => {
    if (!isLibraryCollection(collection.slug)) {
      return collection
    }
    const hooks = collection.hooks ?? {}
    return {
      ...collection,
      hooks: {
        ...hooks,
        beforeChange: [beforeChange, ...(hooks.beforeChange ?? [])],
        afterChange: [...(hooks.afterChange ?? []), afterChange],
        beforeDelete: [beforeDelete, ...(hooks.beforeDelete ?? [])],
        afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
      },
    }
  })
}

/** The same for the library's globals. */
export const countingGlobalChanges = (globals: GlobalConfig[]): GlobalConfig[] => {
  requireConfigured(
    'global',
    libraryGlobals,
    globals.map(({ slug }) => slug),
  )
  return globals.map((global) => {
    if (!isLibraryGlobal(global.slug)) {
      return global
    }
    const hooks = global.hooks ?? {}
    return {
      ...global,
      hooks: {
        ...hooks,
        beforeChange: [beforeGlobalChange, ...(hooks.beforeChange ?? [])],
        afterChange: [...(hooks.afterChange ?? []), afterGlobalChange],
      },
    }
  })
}

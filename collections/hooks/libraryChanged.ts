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

/**
 * A collection a visitor may read, with its saves and deletes counted as library changes. The
 * count is taken first, before the document's own rows (every library write then locks the
 * count's row before any other, in one order, so two of them never wait on each other), and
 * again once the rows are written: the embedded database has no transactions, and a visitor's
 * read between the first count and the write must not be kept as the changed library's.
 */
export const countingLibraryChanges = (
  hooks: CollectionConfig['hooks'] = {},
): CollectionConfig['hooks'] => ({
  ...hooks,
  beforeChange: [beforeChange, ...(hooks.beforeChange ?? [])],
  afterChange: [...(hooks.afterChange ?? []), afterChange],
  beforeDelete: [beforeDelete, ...(hooks.beforeDelete ?? [])],
  afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
})

/** The same for a global a visitor may read. */
export const countingGlobalChanges = (
  hooks: GlobalConfig['hooks'] = {},
): GlobalConfig['hooks'] => ({
  ...hooks,
  beforeChange: [beforeGlobalChange, ...(hooks.beforeChange ?? [])],
  afterChange: [...(hooks.afterChange ?? []), afterGlobalChange],
})

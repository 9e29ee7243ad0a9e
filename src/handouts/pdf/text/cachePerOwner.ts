import { LRUCache } from 'lru-cache'

/**
 * A process-wide cache of values computed for an owner (a font, a set of fonts) and a string
 * key. Each owner keeps its `maxEntriesPerOwner` most recently used values; an owner's values
 * go when the owner does.
 */
export const cachePerOwner = <V extends NonNullable<unknown>>({
  maxEntriesPerOwner,
}: {
  maxEntriesPerOwner: number
}) => {
  const byOwner = new WeakMap<object, LRUCache<string, V>>()
  return (owner: object, key: string, compute: () => V): V => {
    let entries = byOwner.get(owner)
    if (!entries) {
      entries = new LRUCache<string, V>({ max: maxEntriesPerOwner })
      byOwner.set(owner, entries)
    }
    let value = entries.get(key)
    if (value === undefined) {
      value = compute()
      entries.set(key, value)
    }
    return value
  }
}

/**
 * A process-wide cache of values computed for an owner (a font, a set of fonts) and a string
 * key. Each owner keeps at most `maxEntries` and starts over when full; an owner's entries go
 * when the owner does.
 */
export const ownerCache = <V>(maxEntries: number) => {
  const byOwner = new WeakMap<object, Map<string, V>>()
  return (owner: object, key: string, compute: () => V): V => {
    let entries = byOwner.get(owner)
    if (!entries) {
      entries = new Map()
      byOwner.set(owner, entries)
    }
    let value = entries.get(key)
    if (value === undefined) {
      if (entries.size >= maxEntries) entries.clear()
      value = compute()
      entries.set(key, value)
    }
    return value
  }
}

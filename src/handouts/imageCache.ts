import type { HandoutImage } from './document'

/** How many distinct images stay prepared between documents… */
const MAX_ENTRIES = 64
/** …and how much memory they may hold: a copy of each image's bytes, plus what was prepared. */
const MAX_BYTES = 96 * 1024 * 1024

type Entry<T> = { bytes: Buffer; value: T; weight: number }

/**
 * A small least-recently-used cache of work done on image bytes, shared by every handout the
 * process renders or sends: a clinic's handouts reuse the same illustrations and logo. Keyed by the
 * image's key and byte length, and checked against a copy of the bytes, so changed bytes under
 * an old key are never served stale. Values must never be changed by their users. `weigh`
 * estimates the memory a value holds besides the copy of the bytes.
 */
export const imageCache = <T>(
  weigh: (value: T) => number,
  { maxEntries = MAX_ENTRIES, maxBytes = MAX_BYTES } = {},
) => {
  const entries = new Map<string, Entry<T>>()
  let total = 0
  const remove = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    total -= entry.weight
  }
  return (image: Pick<HandoutImage, 'key' | 'data'>, compute: (bytes: Buffer) => T): T => {
    const bytes = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength)
    const key = `${String(image.key)}:${bytes.length}`
    const hit = entries.get(key)
    if (hit && hit.bytes.equals(bytes)) {
      entries.delete(key)
      entries.set(key, hit)
      return hit.value
    }
    remove(key)
    const value = compute(bytes)
    const weight = bytes.length + weigh(value)
    if (weight > maxBytes) return value
    entries.set(key, { bytes: Buffer.from(bytes), value, weight })
    total += weight
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries && total <= maxBytes) break
      remove(oldest)
    }
    return value
  }
}

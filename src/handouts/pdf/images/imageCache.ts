import type { HandoutImage } from '../../document'

/** How many distinct images stay prepared between documents. */
const MAX_ENTRIES = 64

type Entry<T> = { bytes: Buffer; value: T }

/**
 * A small least-recently-used cache of work done on image bytes, shared by every document the
 * process renders: a clinic's handouts reuse the same illustrations and logo. Keyed by the
 * image's key and byte length, and checked against a copy of the bytes, so changed bytes under
 * an old key are never served stale. Values must be immutable.
 */
export const imageCache = <T>(maxEntries = MAX_ENTRIES) => {
  const entries = new Map<string, Entry<T>>()
  return (image: HandoutImage, compute: (bytes: Buffer) => T): T => {
    const bytes = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength)
    const key = `${String(image.key)}:${bytes.length}`
    const hit = entries.get(key)
    entries.delete(key)
    if (hit && hit.bytes.equals(bytes)) {
      entries.set(key, hit)
      return hit.value
    }
    const value = compute(bytes)
    entries.set(key, { bytes: Buffer.from(bytes), value })
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string)
    return value
  }
}

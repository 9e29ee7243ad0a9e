import { LRUCache } from 'lru-cache'

import type { HandoutImage } from './document'

type Entry<T> = { bytes: Buffer; value: T }

type Limits = {
  /** How many distinct images stay prepared between documents… */
  maxEntries: number
  /** …and how much memory they may hold: a copy of each image's bytes, plus what was prepared. */
  maxBytes: number
}

/**
 * A least-recently-used cache of work done on image bytes, shared by every handout the process
 * renders or sends: a clinic's handouts reuse the same illustrations and logo. Keyed by the
 * image's key and byte length, and checked against a copy of the bytes, so changed bytes under
 * an old key are never served stale. Values must never be changed by their users. `weigh`
 * estimates the memory a value holds besides the copy of the bytes; a value heavier than
 * `maxBytes` on its own is computed and not kept.
 */
export const imageCache = <T>(
  weigh: (value: T) => number,
  { maxEntries, maxBytes }: Limits = { maxEntries: 64, maxBytes: 96 * 1024 * 1024 },
) => {
  const entries = new LRUCache<string, Entry<T>>({
    max: maxEntries,
    maxSize: maxBytes,
    sizeCalculation: ({ bytes, value }) => Math.max(1, Math.ceil(bytes.length + weigh(value))),
  })
  return (image: Pick<HandoutImage, 'key' | 'data'>, compute: (bytes: Buffer) => T): T => {
    const bytes = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength)
    const key = `${String(image.key)}:${bytes.length}`
    const hit = entries.get(key)
    if (hit?.bytes.equals(bytes)) {
      return hit.value
    }
    const value = compute(bytes)
    entries.set(key, { bytes: Buffer.from(bytes), value })
    return value
  }
}

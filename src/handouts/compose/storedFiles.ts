import { readFile } from 'node:fs/promises'

import { LRUCache } from 'lru-cache'

type Kept = { bytes: Buffer; version: string }

/** Every handout embeds the same illustrations: the least recently used files go first. */
const kept = new LRUCache<string, Kept>({
  max: 256,
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: ({ bytes }) => Math.max(1, bytes.length),
})

/**
 * A stored file's bytes, kept for the process. `version` names the stored document's revision
 * of the file (its media document's update time and the file's size): Payload replaces an
 * upload's file only through that document, so while the version is the same, the kept bytes
 * are the file's, and a new version reads it again.
 */
export const readStoredFile = async (path: string, version: string): Promise<Buffer> => {
  const entry = kept.get(path)
  if (entry?.version === version) {
    return entry.bytes
  }
  const bytes = await readFile(path)
  kept.set(path, { bytes, version })
  return bytes
}

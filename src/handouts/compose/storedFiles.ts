import { readFile } from 'node:fs/promises'

const MAX_FILES = 256
const MAX_BYTES = 64 * 1024 * 1024

type Kept = { bytes: Buffer; version: string }

const kept = new Map<string, Kept>()
let keptBytes = 0

const forget = (path: string) => {
  const entry = kept.get(path)
  if (entry) {
    kept.delete(path)
    keptBytes -= entry.bytes.length
  }
}

/**
 * A stored file's bytes, kept for the process: every handout embeds the same illustrations.
 * `version` names the stored document's revision of the file (its media document's update time
 * and the file's size): Payload replaces an upload's file only through that document, so while
 * the version is the same, the kept bytes are the file's, and a new version reads it again.
 */
export const readStoredFile = async (path: string, version: string): Promise<Buffer> => {
  const entry = kept.get(path)
  if (entry && entry.version === version) {
    kept.delete(path)
    kept.set(path, entry)
    return entry.bytes
  }
  forget(path)
  const bytes = await readFile(path)
  kept.set(path, { bytes, version })
  keptBytes += bytes.length
  for (const oldest of kept.keys()) {
    if (kept.size <= MAX_FILES && keptBytes <= MAX_BYTES) break
    forget(oldest)
  }
  return bytes
}

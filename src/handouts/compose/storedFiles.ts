import { readFile, stat } from 'node:fs/promises'

const MAX_FILES = 256
const MAX_BYTES = 64 * 1024 * 1024

type Kept = { bytes: Buffer; mtimeMs: number; size: number }

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
 * Each use checks the file's modification time and size, so a replaced file is read again.
 */
export const readStoredFile = async (path: string): Promise<Buffer> => {
  const { mtimeMs, size } = await stat(path)
  const entry = kept.get(path)
  if (entry && entry.mtimeMs === mtimeMs && entry.size === size) {
    kept.delete(path)
    kept.set(path, entry)
    return entry.bytes
  }
  forget(path)
  const bytes = await readFile(path)
  if (bytes.length === size) {
    kept.set(path, { bytes, mtimeMs, size })
    keptBytes += bytes.length
    for (const oldest of kept.keys()) {
      if (kept.size <= MAX_FILES && keptBytes <= MAX_BYTES) break
      forget(oldest)
    }
  }
  return bytes
}

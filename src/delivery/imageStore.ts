import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { LRUCache } from 'lru-cache'

import { writeWholeFile } from '../files/writeWholeFile'
import { dataDir } from '../paths'

/** Images of sent handouts, one file per content: what was sent stays, whatever is edited. */
export const keptImagesDir = () => path.join(dataDir, 'delivery-images')

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const isChecksum = (sha256: string) => /^[0-9a-f]{64}$/.test(sha256)

/** Checksums this process has seen stored: no need to look at the disk for them again. */
const stored = new LRUCache<string, true>({ max: 10_000 })

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )

/**
 * Checksums of whole buffers already hashed: compose hands every send the same buffers of the
 * library's pictures (kept by the stored-file cache), so each is hashed once per process.
 */
const hashed = new WeakMap<ArrayBufferLike, string>()

const checksumOf = (bytes: Uint8Array) => {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
  const known = whole ? hashed.get(bytes.buffer) : undefined
  if (known) {
    return known
  }
  const sha256 = sha256Hex(bytes)
  if (whole) {
    hashed.set(bytes.buffer, sha256)
  }
  return sha256
}

/** Keeps an image's bytes in the store (once per content) and returns their SHA-256. */
export const keepImageBytes = async (bytes: Uint8Array): Promise<string> => {
  const sha256 = checksumOf(bytes)
  if (stored.has(sha256)) {
    return sha256
  }
  const file = path.join(keptImagesDir(), sha256)
  if (!(await exists(file))) {
    // The same picture may be kept twice at once (two cards, two deliveries).
    await writeWholeFile(file, bytes)
  }
  stored.set(sha256, true)
  return sha256
}

/** The bytes of a kept image, or undefined when the checksum is not a stored one. */
export const keptImage = async (sha256: string): Promise<Buffer | undefined> =>
  isChecksum(sha256)
    ? readFile(path.join(keptImagesDir(), sha256)).catch(() => undefined)
    : undefined

/** The handouts sent most recently share their pictures: the hot ones stay in memory. */
const hot = new LRUCache<string, Buffer>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (bytes) => Math.max(1, bytes.length),
})

/**
 * A kept image's bytes for rendering, checked against their checksum: a missing or changed
 * file is an error, never a different picture.
 */
export const checkedKeptImage = async (sha256: string): Promise<Buffer> => {
  const cached = hot.get(sha256)
  if (cached) {
    return cached
  }
  const bytes = await keptImage(sha256)
  if (!bytes) {
    throw new Error(`The kept image ${sha256.slice(0, 12)}… is missing from the image store`)
  }
  if (sha256Hex(bytes) !== sha256) {
    throw new Error(`The kept image ${sha256.slice(0, 12)}… does not match its checksum`)
  }
  hot.set(sha256, bytes)
  return bytes
}

import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { HandoutDocument, HandoutImage } from '../handouts/document'
import { dataDir } from '../paths'

/** A kept handout's image: its bytes are in the image store under their SHA-256. */
export type KeptImage = Omit<HandoutImage, 'data'> & { sha256: string }

/** The handout as kept with its delivery: the same tree, every image's bytes replaced by a checksum. */
export type KeptDocument = Omit<HandoutDocument, 'blocks' | 'branding'> & {
  branding: Omit<HandoutDocument['branding'], 'logo'> & { logo?: KeptImage }
  blocks: unknown[]
}

/** Images of delivered handouts, one file per content: what was sent stays, whatever is edited. */
export const keptImagesDir = () => path.join(dataDir, 'delivery-images')

const isImage = (value: unknown): value is HandoutImage =>
  typeof value === 'object' &&
  value !== null &&
  (value as HandoutImage).data instanceof Uint8Array &&
  typeof (value as HandoutImage).mimeType === 'string'

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )

const keepImageFile = async (image: HandoutImage): Promise<KeptImage> => {
  const { data, ...rest } = image
  const sha256 = sha256Hex(data)
  const file = path.join(keptImagesDir(), sha256)
  if (!(await exists(file))) {
    await mkdir(keptImagesDir(), { recursive: true })
    // Written under a name of its own, then renamed: a reader never sees half a file, and the
    // same picture kept twice at once (two cards, two deliveries) never shares a partial file.
    const partial = `${file}.${randomUUID()}.part`
    await writeFile(partial, data)
    await rename(partial, file)
  }
  return { ...rest, sha256 }
}

/** Copies a value, keeping every image it holds in the image store in place of its bytes. */
const keepImagesIn = async (value: unknown): Promise<unknown> => {
  if (isImage(value)) {
    return keepImageFile(value)
  }
  if (Array.isArray(value)) {
    return Promise.all(value.map(keepImagesIn))
  }
  if (typeof value === 'object' && value !== null) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, inner]) => [key, await keepImagesIn(inner)]),
    )
    return Object.fromEntries(entries)
  }
  return value
}

/** The handout as it goes on the delivery record (JSON), its images stored on the side. */
export const keepDocument = async (document: HandoutDocument): Promise<KeptDocument> =>
  (await keepImagesIn(document)) as KeptDocument

/** The bytes of a kept image, or undefined when the checksum is not a stored one. */
export const keptImage = async (sha256: string): Promise<Buffer | undefined> =>
  /^[0-9a-f]{64}$/.test(sha256)
    ? readFile(path.join(keptImagesDir(), sha256)).catch(() => undefined)
    : undefined

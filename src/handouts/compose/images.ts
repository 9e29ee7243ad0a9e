import path from 'node:path'

import { LRUCache } from 'lru-cache'

import {
  type NormalisedImage,
  normaliseImage,
  variantShapeOf,
  type VariantName,
} from '../../../collections/Media/variants'
import type { Media } from '../../payload-types'
import type { HandoutImage } from '../document'
import type { ComposedImage, ComposeContext, ImageSize } from './context'
import { readStoredFile } from './storedFiles'

/**
 * Files that are not in the variant's shape (an image whose size was never made, or was made
 * before uploads were normalised), normalised in memory once per process and version.
 */
const normalisedFiles = new LRUCache<string, NormalisedImage>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (image) => image.data.byteLength,
})

const inVariantShape = async (
  bytes: Buffer,
  variant: VariantName,
  version: string,
): Promise<NormalisedImage | undefined> => {
  const shape = variantShapeOf(bytes, variant)
  if (shape) {
    return { data: bytes, ...shape }
  }
  const key = `${variant}:${version}`
  const kept = normalisedFiles.get(key)
  if (kept) {
    return kept
  }
  try {
    const image = await normaliseImage(bytes, variant)
    normalisedFiles.set(key, image)
    return image
  } catch {
    return undefined
  }
}

const storedTypes = new Set(['image/png', 'image/jpeg'])

const handoutImage = (
  media: Media,
  { data, width, height }: NormalisedImage,
  mimeType: HandoutImage['mimeType'],
): HandoutImage => ({
  key: keyOf(media),
  data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  mimeType,
  width,
  height,
  alt: media.alt,
})

const keyOf = (media: Media) => `media-${media.id}`

type StoredFile = {
  filename?: string | null
  filesize?: number | null
  mimeType?: string | null
  width?: number | null
  height?: number | null
}

/** The first of the files that can be read, with its bytes. */
const readFirst = async (staticDir: string, media: Media, files: StoredFile[]) => {
  for (const stored of files) {
    if (!stored.filename) {
      continue
    }
    const file = path.join(staticDir, stored.filename)
    const version = `${media.updatedAt}:${stored.filesize ?? ''}`
    try {
      return { stored, bytes: await readStoredFile(file, version), version: `${file}:${version}` }
    } catch {
      // Missing or unreadable: the next candidate, the original, may still be there.
    }
  }
  return undefined
}

/**
 * A media item's stored size for the handout (print or email) or, when that size's file is
 * missing or was made before uploads were normalised, the stored file normalised to the size's
 * shape in memory. Undefined when no file can be read; bytes that are not an image at all are
 * passed on as stored, so the PDF shows the picture's description in its place.
 */
const loadSize = async (
  mediaDir: string,
  media: Media,
  variant: ImageSize,
): Promise<HandoutImage | undefined> => {
  const found = await readFirst(mediaDir, media, [media.sizes?.[variant] ?? {}, media])
  if (!found) {
    return undefined
  }
  const { stored, bytes, version } = found
  const shaped = await inVariantShape(bytes, variant, version)
  if (shaped) {
    return handoutImage(media, shaped, 'image/png')
  }
  const mimeType = stored.mimeType ?? ''
  if (!storedTypes.has(mimeType)) {
    return undefined
  }
  const size = { width: stored.width ?? 0, height: stored.height ?? 0 }
  return handoutImage(media, { data: bytes, ...size }, mimeType as HandoutImage['mimeType'])
}

/**
 * A media item in every size the compose asks for, read in one pass. Undefined when any of
 * them cannot be read: the picture is then left out of the handout everywhere alike, and a
 * handout is still made.
 */
export const loadImage = async (
  context: ComposeContext,
  media: Media | number | null | undefined,
): Promise<ComposedImage | undefined> => {
  if (!media || typeof media === 'number') {
    return undefined
  }
  const sizes: ComposedImage['sizes'] = {}
  for (const variant of context.imageSizes) {
    const image = await loadSize(context.mediaDir, media, variant)
    if (!image) {
      return undefined
    }
    sizes[variant] = image
  }
  return { key: keyOf(media), alt: media.alt, sizes }
}

export const loadImages = async (context: ComposeContext, ids: number[]) => {
  const unique = [...new Set(ids)]
  if (unique.length === 0) {
    return new Map<number, ComposedImage>()
  }
  const { docs } = await context.reader.find({
    collection: 'media',
    where: { id: { in: unique } },
    limit: unique.length,
    depth: 0,
  })
  const loaded = await Promise.all(
    docs.map(async (doc) => [doc.id, await loadImage(context, doc)] as const),
  )
  return new Map(loaded.filter((entry): entry is [number, ComposedImage] => entry[1] !== undefined))
}

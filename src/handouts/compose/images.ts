import path from 'node:path'

import type { Media } from '../../payload-types'
import type { HandoutImage } from '../document'
import type { ComposeContext } from './context'
import { readStoredFile } from './storedFiles'

const imageTypes = new Set(['image/png', 'image/jpeg'])

/**
 * The bytes of a media item at the wanted size (falling back to the original when the size
 * was not made), or undefined when the file is missing or not PNG/JPEG: a handout is still
 * made, without that picture.
 */
export const loadImage = async (
  context: ComposeContext,
  media: Media | number | null | undefined,
): Promise<HandoutImage | undefined> => {
  if (!media || typeof media === 'number') {
    return undefined
  }
  const sized = media.sizes?.[context.imageSize]
  const variant = sized?.filename && sized.mimeType ? sized : media
  if (!variant.filename || !imageTypes.has(variant.mimeType ?? '')) {
    return undefined
  }
  try {
    const data = await readStoredFile(
      path.join(context.mediaDir, variant.filename),
      `${media.updatedAt}:${variant.filesize ?? ''}`,
    )
    return {
      key: `media-${media.id}-${context.imageSize}`,
      data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      mimeType: variant.mimeType as HandoutImage['mimeType'],
      width: variant.width ?? 0,
      height: variant.height ?? 0,
      alt: media.alt,
    }
  } catch {
    return undefined
  }
}

export const loadImages = async (context: ComposeContext, ids: number[]) => {
  const unique = [...new Set(ids)]
  if (unique.length === 0) {
    return new Map<number, HandoutImage>()
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
  return new Map(loaded.filter((entry): entry is [number, HandoutImage] => entry[1] !== undefined))
}

import type { HandoutImage } from '../../document'
import { imageCache } from '../../imageCache'
import { readableFormat } from './imageCheck'
import { PngXObject } from './pngXObject'
import { preparePng, type PreparedPng } from './pngPrepared'

/** An image opened once in a document and drawable any number of times. */
export type EmbeddedImage = {
  /** Size in pixels, after EXIF orientation. */
  width: number
  height: number
  draw: (x: number, y: number, width: number, height: number) => void
}

type OpenedImage = { width: number; height: number; orientation?: number }

/**
 * pdfkit's `openImage` and drawing an opened image are public API its types omit; its image
 * counter (which names each image in a document) is private, and shared with prepared PNGs.
 */
type ImageApi = {
  openImage: (src: Buffer) => OpenedImage
  image: (
    src: OpenedImage | PngXObject,
    x: number,
    y: number,
    options: { width: number; height: number },
  ) => unknown
  _imageCount?: unknown
}

/** What the bytes are good for: checked and prepared once per process, not per document. */
type Readable = { kind: 'prepared'; png: PreparedPng } | { kind: 'pdfkit' } | { kind: 'unreadable' }

/**
 * Checks the bytes (see imageCheck.ts) and prepares PNGs. A PNG whose pixels fail to decode
 * is skipped (pdfkit would throw from a zlib callback); formats the preparation leaves to
 * pdfkit (JPEG, interlaced PNG, transparency below 8 bits) are opened by pdfkit per document.
 */
const readableOf = (bytes: Buffer): Readable => {
  const format = readableFormat(bytes)
  if (!format) return { kind: 'unreadable' }
  if (format === 'jpeg') return { kind: 'pdfkit' }
  try {
    const png = preparePng(bytes)
    return png ? { kind: 'prepared', png } : { kind: 'pdfkit' }
  } catch {
    return { kind: 'unreadable' }
  }
}

/** Memory a prepared PNG holds: its compressed data, and any data computed from it. */
const weightOf = (readable: Readable) => {
  if (readable.kind !== 'prepared') return 0
  const { png, imgData, alphaChannel, palette } = readable.png
  const computed = imgData === png.imgData ? 0 : imgData.byteLength
  return (
    png.imgData.byteLength + computed + (alphaChannel?.byteLength ?? 0) + (palette?.byteLength ?? 0)
  )
}

const cached = imageCache<Readable>(weightOf)

const drawable = (api: ImageApi, opened: OpenedImage | PngXObject): EmbeddedImage => {
  const rotated = ((opened as OpenedImage).orientation ?? 1) > 4
  return {
    width: rotated ? opened.height : opened.width,
    height: rotated ? opened.width : opened.height,
    draw: (x, y, width, height) => api.image(opened, x, y, { width, height }),
  }
}

const open = (doc: PDFKit.PDFDocument, image: HandoutImage): EmbeddedImage | undefined => {
  if (!(image.data instanceof Uint8Array)) return undefined
  const readable = cached(image, readableOf)
  const api = doc as unknown as ImageApi
  if (readable.kind === 'unreadable') return undefined
  if (readable.kind === 'prepared' && typeof api._imageCount === 'number') {
    api._imageCount += 1
    return drawable(api, new PngXObject(readable.png, `I${api._imageCount}`))
  }
  try {
    return drawable(
      api,
      api.openImage(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength)),
    )
  } catch {
    return undefined
  }
}

/**
 * Opens a handout image once per document (by key), or returns undefined when its bytes are
 * not an image pdfkit can embed.
 */
export const embedImage = (
  ctx: { doc: PDFKit.PDFDocument; images: Map<string, EmbeddedImage | undefined> },
  image: HandoutImage | undefined,
): EmbeddedImage | undefined => {
  if (!image || typeof image !== 'object') return undefined
  const key = `${String(image.key)}:${image.data?.byteLength}`
  if (!ctx.images.has(key)) ctx.images.set(key, open(ctx.doc, image))
  return ctx.images.get(key)
}

/** The largest size within the bounds that keeps the aspect ratio. */
export const fitWithin = (
  image: { width: number; height: number },
  maxWidth: number,
  maxHeight: number,
): { width: number; height: number } => {
  const scale = Math.min(maxWidth / image.width, maxHeight / image.height)
  return { width: image.width * scale, height: image.height * scale }
}

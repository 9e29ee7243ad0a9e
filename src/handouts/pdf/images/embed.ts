import type { HandoutImage } from '../../document'
import { readableFormat } from './imageCheck'

/** An image opened once in a document and drawable any number of times. */
export type EmbeddedImage = {
  /** Size in pixels, after EXIF orientation. */
  width: number
  height: number
  draw: (x: number, y: number, width: number, height: number) => void
}

type OpenedImage = { width: number; height: number; orientation?: number }

/** pdfkit's `openImage` and drawing an opened image are public API its types omit. */
type ImageApi = {
  openImage: (src: Buffer) => OpenedImage
  image: (
    src: OpenedImage,
    x: number,
    y: number,
    options: { width: number; height: number },
  ) => unknown
}

const open = (doc: PDFKit.PDFDocument, image: HandoutImage): EmbeddedImage | undefined => {
  if (!readableFormat(image.data)) return undefined
  const api = doc as unknown as ImageApi
  try {
    const opened = api.openImage(
      Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength),
    )
    const rotated = (opened.orientation ?? 1) > 4
    return {
      width: rotated ? opened.height : opened.width,
      height: rotated ? opened.width : opened.height,
      draw: (x, y, width, height) => api.image(opened, x, y, { width, height }),
    }
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

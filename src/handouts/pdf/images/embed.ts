import type { HandoutImage } from '../../document'
import { imageCache } from '../../imageCache'
import { type PreparedPalettePng, preparedPngDrawer, requireImageShape } from '../pdfkit-internals'
import { readableFormat } from './imageCheck'
import { preparePalettePng } from './palettePng'

/** An image opened once in a document and drawable any number of times. */
export type EmbeddedImage = {
  /** Size in pixels, after EXIF orientation. */
  width: number
  height: number
  draw: (x: number, y: number, width: number, height: number) => void
}

type OpenedImage = { width: number; height: number; orientation?: number }

/** pdfkit's `openImage` and drawing an opened image: public API that its types omit. */
type OpenImageApi = {
  openImage: (src: Buffer) => OpenedImage
  image: (
    src: OpenedImage,
    x: number,
    y: number,
    options: { width: number; height: number },
  ) => unknown
}

/**
 * What the bytes are good for, decided once per process: the stored upload shape is prepared
 * for the fast path; any other readable PNG or JPEG (a file saved before uploads were
 * normalised, a test's) is left to pdfkit's own reader, which is slower but reads every shape.
 */
type Readable =
  { kind: 'prepared'; png: PreparedPalettePng } | { kind: 'pdfkit' } | { kind: 'unreadable' }

/** Checks the bytes (see imageCheck.ts); a PNG whose pixels fail to decode is skipped. */
const readableOf = (bytes: Buffer): Readable => {
  const format = readableFormat(bytes)
  if (!format) {
    return { kind: 'unreadable' }
  }
  if (format === 'jpeg') {
    return { kind: 'pdfkit' }
  }
  try {
    const png = preparePalettePng(bytes)
    return png ? { kind: 'prepared', png } : { kind: 'pdfkit' }
  } catch {
    return { kind: 'unreadable' }
  }
}

/** Memory a prepared PNG holds besides the file's bytes: its soft mask. */
const weightOf = (readable: Readable) =>
  readable.kind === 'prepared' ? (readable.png.alphaChannel?.byteLength ?? 0) : 0

const cached = imageCache<Readable>(weightOf)

const openWithPdfkit = (doc: PDFKit.PDFDocument, bytes: Buffer): EmbeddedImage | undefined => {
  const api = doc as unknown as OpenImageApi
  try {
    const opened = api.openImage(bytes)
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

const open = (
  doc: PDFKit.PDFDocument,
  image: HandoutImage,
  label: string,
): EmbeddedImage | undefined => {
  if (!(image.data instanceof Uint8Array)) {
    return undefined
  }
  const readable = cached(image, readableOf)
  if (readable.kind === 'unreadable') {
    return undefined
  }
  if (readable.kind === 'pdfkit') {
    return openWithPdfkit(
      doc,
      Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength),
    )
  }
  requireImageShape(doc)
  const { png } = readable
  return { width: png.width, height: png.height, draw: preparedPngDrawer(doc, png, label) }
}

/**
 * Opens a handout image once per document (by key), or returns undefined when its bytes are
 * not an image pdfkit can embed. `ctx.images` is the document's one map of opened images: its
 * size numbers the images the fast path names.
 */
export const embedImage = (
  ctx: { doc: PDFKit.PDFDocument; images: Map<string, EmbeddedImage | undefined> },
  image: HandoutImage | undefined,
): EmbeddedImage | undefined => {
  if (!image || typeof image !== 'object') {
    return undefined
  }
  const key = `${String(image.key)}:${image.data?.byteLength}`
  if (!ctx.images.has(key)) {
    ctx.images.set(key, open(ctx.doc, image, `P${ctx.images.size + 1}`))
  }
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

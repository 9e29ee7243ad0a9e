import type { HandoutDocument } from '../document'
import type { EmbeddedImage } from './images/embed'
import type { Labels } from './labels'
import type { PageGeometry } from './page'
import type { StructTag } from './tagging'
import type { Face } from './text/fontLibrary'
import type { DocumentFonts } from './text/fonts'
import type { Measure } from './text/tokens'
import type { Theme } from './theme'

/** Everything one render needs, created per document: renderers keep no state between calls. */
export type RenderContext = TextContext & {
  page: PageGeometry
  labels: Labels
  meta: HandoutDocument['meta']
  root: StructTag
  /** Images opened in this document, by key, so a repeated image is embedded once. */
  images: Map<string, EmbeddedImage | undefined>
}

/** What laying out and drawing text needs. */
export type TextContext = {
  doc: PDFKit.PDFDocument
  theme: Theme
  fonts: DocumentFonts
  measure: Measure
  /** Makes the face the current pdfkit font (registering it in this document on first use). */
  useFace: (face: Face, size: number) => void
  direction: 'ltr' | 'rtl'
}

export const faceUser = (doc: PDFKit.PDFDocument) => {
  const registered = new Set<string>()
  return (face: Face, size: number) => {
    if (!registered.has(face.key)) {
      // pdfkit accepts a parsed fontkit font (PDFFontFactory.open) though its types list only bytes.
      doc.registerFont(face.key, face.font as unknown as PDFKit.Mixins.PDFFontSource)
      registered.add(face.key)
    }
    doc.font(face.key, size)
  }
}

/** Widths in points, from fontkit's shaping, cached per document and face. */
export const cachedMeasure = (): Measure => {
  const cache = new Map<string, number>()
  return (face, text, size) => {
    const key = `${face.key}\u0000${text}`
    let units = cache.get(key)
    if (units === undefined) {
      units = face.font.layout(text).advanceWidth / face.font.unitsPerEm
      cache.set(key, units)
    }
    return units * size
  }
}

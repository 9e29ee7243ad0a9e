import type { HandoutDocument } from '../document'
import type { EmbeddedImage } from './images/embed'
import type { Labels } from './labels'
import type { PageGeometry } from './page'
import type { StructTag } from './tagging'
import type { Face } from './text/fontLibrary'
import type { DocumentFonts } from './text/fonts'
import { shareLayouts } from './text/sharedLayouts'
import { emWidth } from './text/shaping'
import type { Measure } from './text/tokens'
import type { Theme } from './theme'

/**
 * Everything one render needs, created per document. Between calls the renderer keeps only
 * caches of pure work (parsed fonts, shaped words, prepared images), which change no output.
 */
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
      doc.font(face.key, size)
      shareLayouts(doc, face.font)
      return
    }
    doc.font(face.key, size)
  }
}

/** Widths in points, from fontkit's shaping (cached per font for the process, see shaping.ts). */
export const cachedMeasure = (): Measure => (face, text, size) => emWidth(face.font, text) * size

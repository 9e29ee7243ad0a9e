import type { HandoutDocument } from '../document'
import type { EmbeddedImage } from './images/embed'
import type { Labels } from './labels'
import type { PageGeometry } from './page'
import type { StructTag } from './tagging'
import type { DocumentFonts } from './text/fonts'
import { emWidth } from './text/shaping'
import type { TextWriter } from './text/textWriter'
import type { Measure } from './text/tokens'
import type { Theme } from './theme'

/**
 * Everything one render needs, created per document. Between calls the renderer keeps only
 * caches of pure work (parsed fonts, shaped strings, laid-out text, font programs, prepared
 * images), which change no output.
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
  /** Draws laid-out text: the fast path's writer, or pdfkit's public `text()`. */
  writeText: TextWriter
  direction: 'ltr' | 'rtl'
}

/** Widths in points, from fontkit's shaping (cached per font for the process, see shaping.ts). */
export const cachedMeasure = (): Measure => (face, text, size) => emWidth(face.font, text) * size

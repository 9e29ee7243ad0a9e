import type * as fontkit from 'fontkit'

/**
 * The parts of pdfkit 0.20 that are not its public API and that the fast path uses: declared
 * here once, and checked against the running pdfkit by shape.ts before any of them is used.
 */

/** A shaped glyph's placement, in thousandths of the font size (pdfkit's scale). */
export type GlyphPosition = {
  xAdvance: number
  xOffset: number
  yOffset: number
  advanceWidth: number
}

export type Glyph = { id: number; advanceWidth: number; codePoints: number[] }

export type Shaped = { glyphs: Glyph[]; positions: GlyphPosition[] }

/** A PDF object being written (pdfkit's PDFReference). */
export type Reference = {
  data: Record<string, unknown>
  compress: boolean
  write: (chunk: Uint8Array) => void
  end: (chunk?: Uint8Array) => void
}

/** fontkit's TrueType subset, as pdfkit's embedded font holds it. */
export type Subset = {
  glyphs: number[]
  includeGlyph: (glyphId: number) => number
  encode: () => Uint8Array
}

/** pdfkit's EmbeddedFont: a fontkit font registered in one document. */
export type EmbeddedFont = {
  /** The font's resource name on a page, e.g. "F2". */
  id: string
  /** The parsed fontkit font: the same object in every document. */
  font: fontkit.Font
  /** pdfkit's shaping of a string: glyphs, and positions in thousandths of the font size. */
  layout: (text: string) => Shaped
  /** pdfkit's per-document cache of shaped words, read by `layout`. */
  layoutCache: Record<string, unknown>
  subset: Subset
  widths: number[]
  unicode: number[][]
  scale: number
  encode: (text: string) => [string[], GlyphPosition[]]
  /** Writes the font's objects when the document ends. */
  embed: () => void
  /** The font dictionary's reference; creating it is what gets the font embedded at the end. */
  ref: () => Reference
  document: { ref: (data?: object) => Reference }
}

export type Page = {
  height: number
  write: (data: Uint8Array) => void
  /** Marked content still open on the page; pdfkit closes it with EMCs written to the page. */
  markings: unknown[]
  content: { compress: boolean; data: { Filter?: string } }
  /** The page's font resources, by resource name. */
  fonts: Record<string, unknown>
}

export type Document = {
  page: Page
  compress: boolean
  info: PDFKit.DocumentInfo
  /** The font selected last with `font()`. */
  _font: EmbeddedFont | null
  /** Writes one piece of the file and advances `_offset` (for the cross-reference table). */
  _write: (data: string | Uint8Array) => void
  _offset: number
  /** The readable stream's push, which pdfkit's `_write` feeds. */
  push: (chunk: Uint8Array | null) => boolean
  /** Writes the XMP copy of the document info (tagged and PDF/A documents). */
  _addInfo: () => void
  addContent: (data: string) => unknown
  addPage: (options?: PDFKit.PDFDocumentOptions) => unknown
  end: () => void
}

import { encodeText, type EmbeddedFont } from './encodeText'
import type { Face } from './fontLibrary'
import { includeWholeFont, shareFontPrograms } from './fontPrograms'
import { shareLayouts } from './sharedLayouts'

/** A shaped glyph's placement, in thousandths of the font size (pdfkit's scale). */
export type GlyphPosition = {
  xAdvance: number
  xOffset: number
  yOffset: number
  advanceWidth: number
}

/**
 * A face's font in one document, as writing text needs it. `encode` shapes the text, adds
 * its glyphs to the document's subset and their characters to the font's ToUnicode map, and
 * returns each glyph's id in the subset as four hex digits with its position (encodeText.ts).
 */
export type PdfFont = {
  /** The font's resource name on a page, e.g. "F2". */
  id: string
  encode: (text: string) => [string[], GlyphPosition[]]
  /** The font dictionary's reference; creating it is what gets the font embedded at the end. */
  ref: () => unknown
}

type Pages = { page: { fonts: Record<string, unknown> } }

/**
 * The pdfkit font for each face, registered in the document on first use, and listed in the
 * current page's resources on each use, as pdfkit's own text drawing does.
 */
export const documentPdfFonts = (doc: PDFKit.PDFDocument) => {
  const fonts = new Map<string, PdfFont>()
  const fontOf = (face: Face): PdfFont => {
    let font = fonts.get(face.key)
    if (!font) {
      // pdfkit accepts a parsed fontkit font (PDFFontFactory.open) though its types list only bytes.
      doc.registerFont(face.key, face.font as unknown as PDFKit.Mixins.PDFFontSource)
      doc.font(face.key)
      shareLayouts(doc, face.font)
      const embedded = (doc as unknown as { _font: EmbeddedFont & PdfFont })._font
      if (face.embedWhole) includeWholeFont(embedded)
      shareFontPrograms(embedded)
      font = {
        id: embedded.id,
        encode: (text) => encodeText(embedded, text),
        ref: () => embedded.ref(),
      }
      fonts.set(face.key, font)
    }
    return font
  }
  return (face: Face): PdfFont => {
    const font = fontOf(face)
    const resources = (doc as unknown as Pages).page.fonts
    resources[font.id] ??= font.ref()
    return font
  }
}

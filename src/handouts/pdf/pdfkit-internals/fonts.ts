import type { Face } from '../text/fontLibrary'
import { encodeText } from './encodeText'
import { includeWholeFont, shareFontPrograms } from './fontPrograms'
import { requireFontShape } from './shape'
import type { Document, GlyphPosition } from './types'

/**
 * A face's font in one document, as writing text needs it. `encode` shapes the text, adds
 * its glyphs to the document's subset and their characters to the font's ToUnicode map, and
 * returns each glyph's id in the subset as four hex digits with its position (encodeText.ts).
 */
export type FastFont = {
  /** The font's resource name on a page, e.g. "F2". */
  id: string
  encode: (text: string) => [string[], GlyphPosition[]]
}

export type FastFonts = (face: Face) => FastFont

/**
 * The pdfkit font for each face, registered in the document on first use, and listed in the
 * current page's resources on each use, as pdfkit's own text drawing does.
 */
export const fastFonts = (doc: Document & PDFKit.PDFDocument): FastFonts => {
  const fonts = new Map<string, FastFont & { ref: () => unknown }>()
  const fontOf = (face: Face) => {
    let font = fonts.get(face.key)
    if (!font) {
      // pdfkit accepts a parsed fontkit font (PDFFontFactory.open) though its types list only bytes.
      doc.registerFont(face.key, face.font as unknown as PDFKit.Mixins.PDFFontSource)
      doc.font(face.key)
      const embedded = requireFontShape(doc._font, face.font)
      if (face.embedWhole) {
        includeWholeFont(embedded)
      }
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
  return (face) => {
    const font = fontOf(face)
    doc.page.fonts[font.id] ??= font.ref()
    return font
  }
}

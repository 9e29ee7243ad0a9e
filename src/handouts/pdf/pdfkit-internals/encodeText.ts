import { cachePerOwner } from '../text/cachePerOwner'
import type { EmbeddedFont, GlyphPosition, Shaped } from './types'

/** Each string's shaping, per fontkit font (the same object in every document). */
const shapedStrings = cachePerOwner<Shaped>({ maxEntriesPerOwner: 20_000 })

const shape = (font: EmbeddedFont, text: string): Shaped =>
  shapedStrings(font.font, text, () => font.layout(text))

const hexOf = (id: number) => `0000${id.toString(16)}`.slice(-4)

/**
 * What pdfkit's `encode` returns (each glyph's id in the document's subset as four hex
 * digits, and its position), recording widths and characters for the font's W array and
 * ToUnicode map the same way, but with each string's shaping kept for the process: pdfkit
 * would split the string into words and shape them again in every document.
 */
export const encodeText = (font: EmbeddedFont, text: string): [string[], GlyphPosition[]] => {
  const { glyphs, positions } = shape(font, text)
  const encoded = new Array<string>(glyphs.length)
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i]
    const id = font.subset.includeGlyph(glyph.id)
    encoded[i] = hexOf(id)
    font.widths[id] ??= glyph.advanceWidth * font.scale
    font.unicode[id] ??= glyph.codePoints
  }
  return [encoded, positions]
}

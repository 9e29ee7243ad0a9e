import { ownerCache } from './ownerCache'
import type { GlyphPosition } from './pdfFonts'

type Glyph = { id: number; advanceWidth: number; codePoints: number[] }

type Shaped = { glyphs: Glyph[]; positions: GlyphPosition[] }

/** pdfkit's embedded font (its internal EmbeddedFont, pdfkit 0.20) as far as encoding goes. */
export type EmbeddedFont = {
  /** The parsed fontkit font: the same object in every document. */
  font: object
  /** pdfkit's shaping of a string: glyphs, and positions in thousandths of the font size. */
  layout: (text: string) => Shaped
  subset: { includeGlyph: (glyphId: number) => number }
  widths: number[]
  unicode: number[][]
  scale: number
  encode: (text: string) => [string[], GlyphPosition[]]
}

/** Distinct strings kept per font; the cache starts over when it is full. */
const MAX_STRINGS_PER_FONT = 20_000

const shapedStrings = ownerCache<Shaped>(MAX_STRINGS_PER_FONT)

const shape = (font: EmbeddedFont, text: string): Shaped =>
  shapedStrings(font.font, text, () => font.layout(text))

const hexOf = (id: number) => `0000${id.toString(16)}`.slice(-4)

const usable = (font: EmbeddedFont) =>
  typeof font.layout === 'function' &&
  typeof font.subset?.includeGlyph === 'function' &&
  Array.isArray(font.widths) &&
  Array.isArray(font.unicode)

/**
 * What pdfkit's `encode` returns (each glyph's id in the document's subset as four hex
 * digits, and its position), recording widths and characters for the font's W array and
 * ToUnicode map the same way, but with each string's shaping kept for the process: pdfkit
 * would split the string into words and join their glyph arrays again in every document.
 * With another pdfkit whose internals differ, pdfkit's own `encode` is used.
 */
export const encodeText = (font: EmbeddedFont, text: string): [string[], GlyphPosition[]] => {
  if (!usable(font)) return font.encode(text)
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

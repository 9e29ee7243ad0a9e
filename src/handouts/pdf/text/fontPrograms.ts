import type { EmbeddedFont } from './encodeText'
import { ownerCache } from './ownerCache'

/** fontkit's TrueType subset, as pdfkit's embedded font holds it (`subset`). */
type Subset = {
  glyphs: number[]
  includeGlyph: (glyphId: number) => number
  encode: () => Uint8Array
}

type Glyph = { id: number; advanceWidth: number; codePoints: number[] }

type FontInternals = EmbeddedFont & {
  subset: Subset
  font: { characterSet: number[]; glyphForCodePoint: (codePoint: number) => Glyph }
}

/** Font programs kept per font; the cache starts over when it is full. */
const MAX_PROGRAMS_PER_FONT = 8

const programs = ownerCache<Uint8Array>(MAX_PROGRAMS_PER_FONT)

const usable = (font: EmbeddedFont): font is FontInternals => {
  const subset = (font as Partial<FontInternals>).subset
  return (
    Array.isArray(subset?.glyphs) &&
    typeof subset?.includeGlyph === 'function' &&
    typeof subset?.encode === 'function' &&
    Array.isArray(font.widths) &&
    Array.isArray(font.unicode)
  )
}

/**
 * fontkit builds the subset's font program (the TrueType file embedded in the PDF) anew for
 * each document, decoding every glyph again. The program depends only on the font and the
 * glyphs in the subset, in order, so the bytes are kept per font and list of glyphs.
 */
export const shareFontPrograms = (font: EmbeddedFont) => {
  if (!usable(font)) return
  const { subset } = font
  const encode = subset.encode.bind(subset)
  subset.encode = () => programs(font.font, subset.glyphs.join(','), encode)
}

const characterGlyphs = new WeakMap<object, Glyph[]>()

/**
 * The glyphs the font's character map reaches, by id: what embedding it whole includes. They
 * are looked up by character, as shaping does (fontkit keeps each glyph with the characters
 * it was first looked up by, which become the glyph's ToUnicode entry).
 */
const glyphsOf = (font: FontInternals): Glyph[] => {
  let glyphs = characterGlyphs.get(font.font)
  if (!glyphs) {
    const byId = new Map<number, Glyph>()
    for (const codePoint of font.font.characterSet) {
      const glyph = font.font.glyphForCodePoint(codePoint)
      if (glyph.id !== 0 && !byId.has(glyph.id)) byId.set(glyph.id, glyph)
    }
    glyphs = [...byId.values()].sort((a, b) => a.id - b.id)
    characterGlyphs.set(font.font, glyphs)
  }
  return glyphs
}

/**
 * Puts every glyph that stands for a character into the document's subset, in a fixed order,
 * before any text is drawn, so the subset (and its font program, see shareFontPrograms) is the
 * same whatever the handout says. Widths and characters are recorded as drawing them would.
 */
export const includeWholeFont = (font: EmbeddedFont) => {
  if (!usable(font)) return
  for (const glyph of glyphsOf(font)) {
    const id = font.subset.includeGlyph(glyph.id)
    font.widths[id] ??= glyph.advanceWidth * font.scale
    font.unicode[id] ??= glyph.codePoints
  }
}

import { deflateSync } from 'node:zlib'

import { cachePerOwner } from '../text/cachePerOwner'
import type { EmbeddedFont, Glyph } from './types'

/** Font programs, per fontkit font, by the list of glyphs in the subset. */
const programs = cachePerOwner<Uint8Array>({ maxEntriesPerOwner: 8 })

/** Each kept program's compressed bytes: zlib's default level, as pdfkit compresses streams. */
const compressed = new WeakMap<Uint8Array, Uint8Array>()

const compressedOf = (program: Uint8Array): Uint8Array => {
  let packed = compressed.get(program)
  if (!packed) {
    packed = deflateSync(program)
    compressed.set(program, packed)
  }
  return packed
}

/**
 * pdfkit makes the font file's stream just before asking the subset for its program, then
 * compresses the program it gets. A stream that is handed one of the kept programs (the very
 * object) is given its kept compressed bytes instead: the same bytes pdfkit would write.
 */
const embedCompressed = (font: EmbeddedFont, embed: () => void) => {
  const doc = font.document
  const ref = doc.ref.bind(doc)
  doc.ref = (data) => {
    doc.ref = ref
    const file = ref(data)
    const end = file.end.bind(file)
    file.end = (chunk) => {
      const packed = chunk && compressed.has(chunk) ? compressedOf(chunk) : undefined
      if (!packed) {
        return end(chunk)
      }
      // The dictionary's keys in pdfkit's order: Length, then Filter.
      file.compress = false
      file.data.Length = 0
      file.data.Filter = 'FlateDecode'
      return end(packed)
    }
    return file
  }
  try {
    embed()
  } finally {
    doc.ref = ref
  }
}

/**
 * fontkit builds the subset's font program (the TrueType file embedded in the PDF) anew for
 * each document, decoding every glyph again, and pdfkit compresses it again. The program
 * depends only on the font and the glyphs in the subset, in order, so the bytes, and their
 * compressed form, are kept per font and list of glyphs.
 */
export const shareFontPrograms = (font: EmbeddedFont) => {
  const { subset } = font
  const encode = subset.encode.bind(subset)
  subset.encode = () => {
    const program = programs(font.font, subset.glyphs.join(','), encode)
    compressedOf(program)
    return program
  }
  const embed = font.embed.bind(font)
  font.embed = () => embedCompressed(font, embed)
}

const characterGlyphs = new WeakMap<object, Glyph[]>()

/**
 * The glyphs the font's character map reaches, by id: what embedding it whole includes. They
 * are looked up by character, as shaping does (fontkit keeps each glyph with the characters
 * it was first looked up by, which become the glyph's ToUnicode entry).
 */
const glyphsOf = (font: EmbeddedFont): Glyph[] => {
  let glyphs = characterGlyphs.get(font.font)
  if (!glyphs) {
    const byId = new Map<number, Glyph>()
    for (const codePoint of font.font.characterSet) {
      const glyph = font.font.glyphForCodePoint(codePoint)
      if (glyph.id !== 0 && !byId.has(glyph.id)) {
        byId.set(glyph.id, glyph)
      }
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
  for (const glyph of glyphsOf(font)) {
    const id = font.subset.includeGlyph(glyph.id)
    font.widths[id] ??= glyph.advanceWidth * font.scale
    font.unicode[id] ??= glyph.codePoints
  }
}

import type * as fontkit from 'fontkit'

/**
 * Shaping (fontkit's `layout`: glyphs, kerning, ligatures) is the bulk of measuring text, and
 * every handout measures the same words again: clinic handouts share most of their vocabulary.
 * Widths are kept per font for the life of the process. Shaping is a pure function of the font
 * and the text, so this changes no output.
 */

/** Distinct strings kept per font; the cache starts over when it is full. */
const MAX_STRINGS_PER_FONT = 20_000

const widthsByFont = new WeakMap<fontkit.Font, Map<string, number>>()

/** The text's advance width in ems (points at size 1), as fontkit shapes it. */
export const emWidth = (font: fontkit.Font, text: string): number => {
  let widths = widthsByFont.get(font)
  if (!widths) {
    widths = new Map()
    widthsByFont.set(font, widths)
  }
  let width = widths.get(text)
  if (width === undefined) {
    if (widths.size >= MAX_STRINGS_PER_FONT) widths.clear()
    width = font.layout(text).advanceWidth / font.unitsPerEm
    widths.set(text, width)
  }
  return width
}

import type * as fontkit from 'fontkit'

import { ownerCache } from './ownerCache'

/**
 * Shaping (fontkit's `layout`: glyphs, kerning, ligatures) is the bulk of measuring text, and
 * every handout measures the same words again: clinic handouts share most of their vocabulary.
 * Widths are kept per font for the life of the process. Shaping is a pure function of the font
 * and the text, so this changes no output.
 */

/** Distinct strings kept per font; the cache starts over when it is full. */
const MAX_STRINGS_PER_FONT = 20_000

const widths = ownerCache<number>(MAX_STRINGS_PER_FONT)

/** The text's advance width in ems (points at size 1), as fontkit shapes it. */
export const emWidth = (font: fontkit.Font, text: string): number =>
  widths(font, text, () => font.layout(text).advanceWidth / font.unitsPerEm)

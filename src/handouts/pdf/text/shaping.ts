import type * as fontkit from 'fontkit'

import { cachePerOwner } from './cachePerOwner'

/**
 * Shaping (fontkit's `layout`: glyphs, kerning, ligatures) is the bulk of measuring text, and
 * every handout measures the same words again: clinic handouts share most of their vocabulary.
 * Widths are kept per font for the life of the process. Shaping is a pure function of the font
 * and the text, so this changes no output.
 */
const widths = cachePerOwner<number>({ maxEntriesPerOwner: 20_000 })

/** The text's advance width in ems (points at size 1), as fontkit shapes it. */
export const emWidth = (font: fontkit.Font, text: string): number =>
  widths(font, text, () => font.layout(text).advanceWidth / font.unitsPerEm)

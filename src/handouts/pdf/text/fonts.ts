import type { CjkFaces } from './cjkFonts'
import { type Face, type FaceStyle, type FontLibrary } from './fontLibrary'
import type { Coverage } from './sanitize'

const REGULAR: FaceStyle = { bold: false, italic: false }

/** Combining marks, punctuation, symbols and digits keep the face of the letters before them. */
const FOLLOWS_NEIGHBOUR = /[\p{M}\p{P}\p{S}\p{N}\u00A0\u200C\u200D]/u

/** The fonts one document can draw with, and the choice of face for each character. */
export type DocumentFonts = {
  primary: Face
  covers: Coverage
  /** The face to draw a character in: the first in the style's stack that has its glyph. */
  faceFor: (codePoint: number, style: FaceStyle, previous?: Face) => Face | undefined
}

export const documentFonts = (library: FontLibrary, cjk: CjkFaces): DocumentFonts => {
  const firstWithGlyph = (stack: readonly Face[], codePoint: number) =>
    stack.find((face) => face.font.hasGlyphForCodePoint(codePoint))
  return {
    primary: library.primary,
    covers: (codePoint) =>
      cjk.faceFor(codePoint) !== undefined ||
      firstWithGlyph(library.stack(REGULAR), codePoint) !== undefined,
    faceFor: (codePoint, style, previous) => {
      if (
        previous &&
        FOLLOWS_NEIGHBOUR.test(String.fromCodePoint(codePoint)) &&
        previous.font.hasGlyphForCodePoint(codePoint)
      ) {
        return previous
      }
      return (
        cjk.faceFor(codePoint) ??
        firstWithGlyph(library.stack(style), codePoint) ??
        firstWithGlyph(library.stack(REGULAR), codePoint)
      )
    },
  }
}

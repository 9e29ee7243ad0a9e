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

/** Remembers a function's answers by a number key (the same question is asked per character). */
const memo = <T>(compute: (key: number) => T) => {
  const answers = new Map<number, T>()
  return (key: number): T => {
    if (answers.has(key)) {
      return answers.get(key) as T
    }
    const answer = compute(key)
    answers.set(key, answer)
    return answer
  }
}

const fontsFor = (library: FontLibrary, cjk: CjkFaces): DocumentFonts => {
  const firstWithGlyph = (stack: readonly Face[], codePoint: number) =>
    stack.find((face) => face.font.hasGlyphForCodePoint(codePoint))
  const follows = memo((codePoint) => FOLLOWS_NEIGHBOUR.test(String.fromCodePoint(codePoint)))
  const covers = memo(
    (codePoint) =>
      cjk.faceFor(codePoint) !== undefined ||
      firstWithGlyph(library.stack(REGULAR), codePoint) !== undefined,
  )
  /** By style (bold + 2 × italic), the face for a character with no neighbour to follow. */
  const ownFace = [0, 1, 2, 3].map((index) => {
    const style = { bold: (index & 1) === 1, italic: (index & 2) === 2 }
    return memo(
      (codePoint) =>
        cjk.faceFor(codePoint) ??
        firstWithGlyph(library.stack(style), codePoint) ??
        firstWithGlyph(library.stack(REGULAR), codePoint),
    )
  })
  return {
    primary: library.primary,
    covers,
    faceFor: (codePoint, style, previous) => {
      if (previous && follows(codePoint) && previous.font.hasGlyphForCodePoint(codePoint)) {
        return previous
      }
      return ownFace[(style.bold ? 1 : 0) + (style.italic ? 2 : 0)](codePoint)
    },
  }
}

const shared = new WeakMap<FontLibrary, WeakMap<CjkFaces, DocumentFonts>>()

/**
 * The fonts for a document's library and CJK faces: one object for the same pair (every
 * document without CJK text), so its answers per character, and text laid out with it (see
 * textBox.ts), carry over from one document to the next.
 */
export const documentFonts = (library: FontLibrary, cjk: CjkFaces): DocumentFonts => {
  let byCjk = shared.get(library)
  if (!byCjk) {
    byCjk = new WeakMap()
    shared.set(library, byCjk)
  }
  let fonts = byCjk.get(cjk)
  if (!fonts) {
    fonts = fontsFor(library, cjk)
    byCjk.set(cjk, fonts)
  }
  return fonts
}

import { isCjk } from './cjkFonts'
import type { Face } from './fontLibrary'
import type { DocumentFonts } from './fonts'
import type { Run } from './runs'
import { BIDI_CONTROL } from './sanitize'
import { type Levels, mirrored } from './bidi'

/** A word, or a piece of one in a single face, style and direction. */
export type WordToken = {
  kind: 'word'
  text: string
  face: Face
  run: Run
  level: number
  /** Index of the first character in the paragraph, for reading order. */
  start: number
  width: number
  /** A line may end after this token without a space (between CJK characters). */
  breakAfter: boolean
}

export type SpaceToken = {
  kind: 'space'
  face: Face
  run: Run
  level: number
  start: number
  width: number
}

export type BreakToken = { kind: 'break'; start: number }

export type Token = WordToken | SpaceToken | BreakToken

/** Measures a string in a face: width in points at the size. */
export type Measure = (face: Face, text: string, size: number) => number

/** CJK punctuation that must not start a line, and brackets that must not end one (kinsoku). */
const NO_BREAK_BEFORE = new Set([
  ...'、。，．・：；？！）」』】〉》〕］｝ー〜ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.!?)]}',
])
const NO_BREAK_AFTER = new Set([...'（「『【〈《〔［｛([{'])

/** The last code point of a non-empty string. */
const lastCodePoint = (text: string): number => {
  const end = text.length - 1
  const unit = text.charCodeAt(end)
  const high = text.charCodeAt(end - 1)
  const pair = end > 0 && unit >= 0xdc00 && unit <= 0xdfff && high >= 0xd800 && high <= 0xdbff
  return pair ? (text.codePointAt(end - 1) ?? 0) : unit
}

const breakableBetween = (left: WordToken, right: WordToken): boolean => {
  const last = lastCodePoint(left.text)
  const first = right.text.codePointAt(0) ?? 0
  if (!isCjk(last) && !isCjk(first)) {
    return false
  }
  return (
    !NO_BREAK_BEFORE.has(String.fromCodePoint(first)) &&
    !NO_BREAK_AFTER.has(String.fromCodePoint(last))
  )
}

/**
 * Splits styled runs into words, spaces and hard breaks, choosing a face for every character.
 * A word token never mixes faces, runs or bidi levels; CJK characters are one token each so a
 * line can break between them.
 */
export const tokenize = (
  runs: readonly Run[],
  levels: Levels,
  fonts: DocumentFonts,
  size: number,
  measure: Measure,
): Token[] => {
  const tokens: Token[] = []
  let word: Omit<WordToken, 'width' | 'breakAfter'> | undefined
  let previousFace: Face | undefined

  const flush = () => {
    if (word) {
      const { text, face, run, level, start } = word
      tokens.push({
        kind: 'word',
        text,
        face,
        run,
        level,
        start,
        width: measure(face, text, size),
        breakAfter: false,
      })
      word = undefined
    }
  }

  let index = 0
  for (const run of runs) {
    // Each run starts afresh: a face is inherited only within a run.
    previousFace = undefined
    for (const char of run.text) {
      const at = index
      index += char.length
      const codePoint = char.codePointAt(0) ?? 0
      const level = levels.levels[at] ?? 0
      if (char === '\n') {
        flush()
        tokens.push({ kind: 'break', start: at })
        continue
      }
      if (char === ' ') {
        flush()
        const face = previousFace ?? fonts.primary
        if (tokens.at(-1)?.kind === 'space') {
          continue
        }
        tokens.push({
          kind: 'space',
          face,
          run,
          level,
          start: at,
          width: measure(face, ' ', size),
        })
        continue
      }
      if (codePoint >= 0x061c && BIDI_CONTROL.test(char)) {
        continue
      }
      // fontkit reverses right-to-left words but does not mirror brackets: "(" must show as ")".
      const shown = level % 2 === 1 ? mirrored(char) : char
      const face = fonts.faceFor(
        shown.codePointAt(0) ?? codePoint,
        { bold: !!run.bold, italic: !!run.italic },
        previousFace,
      )
      if (!face) {
        continue
      }
      previousFace = face
      if (
        word &&
        !isCjk(codePoint) &&
        word.face === face &&
        word.run === run &&
        word.level === level &&
        !isCjk(word.text.codePointAt(0) ?? 0)
      ) {
        word.text += shown
        continue
      }
      flush()
      word = { kind: 'word', text: shown, face, run, level, start: at }
    }
  }
  flush()

  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]
    const next = tokens[i + 1]
    if (token.kind === 'word' && next.kind === 'word') {
      token.breakAfter = breakableBetween(token, next)
    }
  }
  return tokens
}

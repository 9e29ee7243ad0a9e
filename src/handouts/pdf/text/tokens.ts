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

type Char = { char: string; codePoint: number; index: number; run: Run; level: number }

function* charsOf(runs: readonly Run[], levels: Levels): Generator<Char> {
  let index = 0
  for (const run of runs) {
    for (const char of run.text) {
      yield {
        char,
        codePoint: char.codePointAt(0) ?? 0,
        index,
        run,
        level: levels.levels[index] ?? 0,
      }
      index += char.length
    }
  }
}

const breakableBetween = (left: WordToken, right: WordToken): boolean => {
  const last = [...left.text].at(-1) ?? ''
  const first = [...right.text][0] ?? ''
  const cjk = isCjk(last.codePointAt(0) ?? 0) || isCjk(first.codePointAt(0) ?? 0)
  return cjk && !NO_BREAK_BEFORE.has(first) && !NO_BREAK_AFTER.has(last)
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
  let previousRun: Run | undefined

  const flush = () => {
    if (word) {
      tokens.push({ ...word, width: measure(word.face, word.text, size), breakAfter: false })
      word = undefined
    }
  }

  for (const { char, codePoint, index, run, level } of charsOf(runs, levels)) {
    if (run !== previousRun) {
      previousFace = undefined
      previousRun = run
    }
    if (char === '\n') {
      flush()
      tokens.push({ kind: 'break', start: index })
      continue
    }
    if (char === ' ') {
      flush()
      const face = previousFace ?? fonts.primary
      const last = tokens.at(-1)
      if (last?.kind === 'space') continue
      tokens.push({
        kind: 'space',
        face,
        run,
        level,
        start: index,
        width: measure(face, ' ', size),
      })
      continue
    }
    if (BIDI_CONTROL.test(char)) continue
    // fontkit reverses right-to-left words but does not mirror brackets: "(" must show as ")".
    const shown = level % 2 === 1 ? mirrored(char) : char
    const face = fonts.faceFor(
      shown.codePointAt(0) ?? codePoint,
      { bold: !!run.bold, italic: !!run.italic },
      previousFace,
    )
    if (!face) continue
    previousFace = face
    const standalone = isCjk(codePoint)
    if (
      word &&
      !standalone &&
      word.face === face &&
      word.run === run &&
      word.level === level &&
      !isCjk(word.text.codePointAt(0) ?? 0)
    ) {
      word.text += shown
      continue
    }
    flush()
    word = { kind: 'word', text: shown, face, run, level, start: index }
  }
  flush()

  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]
    const next = tokens[i + 1]
    if (token.kind === 'word' && next.kind === 'word')
      token.breakAfter = breakableBetween(token, next)
  }
  return tokens
}

import type { Measure, SpaceToken, Token, WordToken } from './tokens'

export type LineToken = WordToken | SpaceToken

export type Line = {
  /** Tokens in reading (logical) order, without leading or trailing spaces. */
  tokens: LineToken[]
  width: number
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Characters after which an over-long word (a URL, usually) breaks most naturally. */
const SOFT_BREAK_AFTER = /[/\-.?&=_]/

/** Cuts a word wider than the line into pieces that fit, preferring breaks after / - . ? & =. */
const splitWord = (
  token: WordToken,
  maxWidth: number,
  size: number,
  measure: Measure,
): WordToken[] => {
  const pieces: WordToken[] = []
  const clusters = [...graphemes.segment(token.text)].map((s) => s.segment)
  let start = 0
  let offset = 0
  while (start < clusters.length) {
    let end = start + 1
    while (
      end < clusters.length &&
      measure(token.face, clusters.slice(start, end + 1).join(''), size) <= maxWidth
    ) {
      end++
    }
    if (end < clusters.length) {
      for (let soft = end - 1; soft > start + (end - start) / 2; soft--) {
        if (SOFT_BREAK_AFTER.test(clusters[soft])) {
          end = soft + 1
          break
        }
      }
    }
    const text = clusters.slice(start, end).join('')
    pieces.push({
      ...token,
      text,
      start: token.start + offset,
      width: measure(token.face, text, size),
      breakAfter: end < clusters.length || token.breakAfter,
    })
    offset += text.length
    start = end
  }
  return pieces
}

const trimmed = (tokens: LineToken[]): Line => {
  let from = 0
  let to = tokens.length
  while (from < to && tokens[from].kind === 'space') {
    from++
  }
  while (to > from && tokens[to - 1].kind === 'space') {
    to--
  }
  const kept = tokens.slice(from, to)
  return { tokens: kept, width: kept.reduce((sum, t) => sum + t.width, 0) }
}

/**
 * Greedy line breaking: fill each line, break at the last space (or CJK boundary) that fits.
 * Ragged right, no hyphenation: easiest to read for patients and in large print.
 */
export const breakLines = (
  tokens: readonly Token[],
  maxWidth: number,
  size: number,
  measure: Measure,
): Line[] => {
  const lines: Line[] = []
  let current: LineToken[] = []
  let width = 0
  /** Index in `current` after which the line may break. */
  let breakAt = -1

  const finish = (upTo = current.length) => {
    lines.push(trimmed(current.slice(0, upTo)))
    current = current.slice(upTo)
    while (current[0]?.kind === 'space') {
      current.shift()
    }
    width = current.reduce((sum, t) => sum + t.width, 0)
    breakAt = -1
    current.forEach((t, i) => {
      if (t.kind === 'space' || (t.kind === 'word' && t.breakAfter)) {
        breakAt = i
      }
    })
  }

  const queue = [...tokens]
  while (queue.length > 0) {
    const token = queue.shift() as Token
    if (token.kind === 'break') {
      finish()
      continue
    }
    if (token.kind === 'space') {
      if (current.length === 0) {
        continue
      }
      current.push(token)
      width += token.width
      breakAt = current.length - 1
      continue
    }
    if (token.width > maxWidth) {
      const pieces = splitWord(token, maxWidth, size, measure)
      if (pieces.length > 1) {
        queue.unshift(...pieces)
        continue
      }
    }
    const hasText = current.some((t) => t.kind === 'word')
    if (hasText && width + token.width > maxWidth) {
      finish(breakAt >= 0 ? breakAt + 1 : current.length)
      queue.unshift(token)
      continue
    }
    current.push(token)
    width += token.width
    if (token.breakAfter) {
      breakAt = current.length - 1
    }
  }
  if (current.length > 0 || lines.length === 0) {
    finish()
  }
  return lines
}

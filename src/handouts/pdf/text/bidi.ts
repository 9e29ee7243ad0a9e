import bidiFactory from 'bidi-js'

/** The Unicode bidirectional algorithm (UAX #9), from bidi-js. Stateless, so shared. */
const bidi = bidiFactory()

const RIGHT_TO_LEFT =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u061C\u202B\u202E\u2067]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/

export type Levels = {
  /** Embedding level of each UTF-16 code unit: odd is right-to-left. */
  levels: Uint8Array
  /** Base level of the paragraph containing the code unit at an index. */
  baseLevelAt: (index: number) => number
}

/**
 * Embedding levels for a paragraph. Left-to-right text without any right-to-left characters
 * skips the algorithm: it is all level 0 (the common case, and 50,000 characters are fast).
 */
export const embeddingLevels = (text: string, direction: 'ltr' | 'rtl' | 'auto'): Levels => {
  if (direction !== 'rtl' && !RIGHT_TO_LEFT.test(text)) {
    return { levels: new Uint8Array(text.length), baseLevelAt: () => 0 }
  }
  const result = bidi.getEmbeddingLevels(text, direction)
  return {
    levels: result.levels,
    baseLevelAt: (index) =>
      result.paragraphs.find((p) => index >= p.start && index <= p.end)?.level ??
      result.paragraphs[0]?.level ??
      0,
  }
}

/**
 * Rule L2 of UAX #9 applied to whole items (words) rather than characters: from the highest
 * level down to the lowest odd one, reverse every run of items at that level or above. fontkit
 * already lays each right-to-left word out right to left, so words only need their order.
 */
export const visualOrder = <T extends { level: number }>(items: readonly T[]): T[] => {
  const ordered = [...items]
  if (ordered.every((item) => item.level === 0)) {
    return ordered
  }
  const highest = Math.max(...ordered.map((item) => item.level))
  const lowestOdd = Math.min(
    ...ordered.map((item) => item.level).filter((l) => l % 2 === 1),
    highest + 1,
  )
  for (let level = highest; level >= lowestOdd && level > 0; level--) {
    let start = 0
    while (start < ordered.length) {
      if (ordered[start].level < level) {
        start++
        continue
      }
      let end = start
      while (end + 1 < ordered.length && ordered[end + 1].level >= level) {
        end++
      }
      ordered.splice(start, end - start + 1, ...ordered.slice(start, end + 1).reverse())
      start = end + 1
    }
  }
  return ordered
}

export const mirrored = (char: string): string => bidi.getMirroredCharacter(char) ?? char

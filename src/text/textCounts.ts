const WORD_CHAR = /[\p{L}\p{N}’']/u
const TERMINATORS = new Set([46, 33, 63, 0x2026])

const isSpace = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)))

const isAsciiWordChar = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 39

export type TextCounts = {
  /** Start and end offsets of each word, in pairs. */
  wordBounds: Int32Array
  words: number
  sentences: number
}

/**
 * Words (runs of letters, digits and apostrophes) and sentences (ended by . ! ? … before a space,
 * or by a line break, and holding a word) in one pass over the text: linear whatever it holds.
 */
export const countText = (text: string): TextCounts => {
  let bounds = new Int32Array(256)
  let words = 0
  let sentences = 0
  let wordStart = -1
  let sentenceHasWord = false
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 10
    const inWord = code < 128 ? isAsciiWordChar(code) : WORD_CHAR.test(text[index])
    if (inWord) {
      if (wordStart < 0) {
        wordStart = index
      }
      continue
    }
    if (wordStart >= 0) {
      if (bounds.length < (words + 1) * 2) {
        const grown = new Int32Array(bounds.length * 2)
        grown.set(bounds)
        bounds = grown
      }
      bounds[words * 2] = wordStart
      bounds[words * 2 + 1] = index
      words++
      wordStart = -1
      sentenceHasWord = true
    }
    const endsSentence =
      code === 10 ||
      (TERMINATORS.has(code) && (index + 1 >= text.length || isSpace(text.charCodeAt(index + 1))))
    if (endsSentence && sentenceHasWord) {
      sentences++
      sentenceHasWord = false
    }
  }
  return { wordBounds: bounds.subarray(0, words * 2), words, sentences }
}

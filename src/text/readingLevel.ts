import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'

import { countText } from './textCounts'

export const PATIENT_READING_GRADE_MAX = 8

/** Longer "words" are not words a patient reads: their syllables are estimated from length. */
const LONGEST_WORD = 45
/** Syllables are counted on an even sample of this many words; longer texts scale it up. */
const SYLLABLE_SAMPLE_WORDS = 5_000

const syllablesOf = (word: string, known: Map<string, number>) => {
  if (word.length > LONGEST_WORD) {
    return Math.ceil(word.length / 3)
  }
  const key = word.toLowerCase()
  let count = known.get(key)
  if (count === undefined) {
    count = Math.max(1, syllable(key))
    known.set(key, count)
  }
  return count
}

/**
 * Flesch-Kincaid grade of plain text, rounded to one decimal; null when there is no text. Time
 * is linear in the text whatever its words look like: syllables are counted once per distinct
 * word on a sample of at most 5,000 words, and words longer than any real one are estimated.
 */
export const readingGrade = (text: string): number | null => {
  const { wordBounds, words, sentences } = countText(text)
  if (words === 0) {
    return null
  }
  const step = Math.max(1, Math.floor(words / SYLLABLE_SAMPLE_WORDS))
  const known = new Map<string, number>()
  let sampled = 0
  let sampledSyllables = 0
  for (let word = 0; word < words; word += step) {
    sampled++
    sampledSyllables += syllablesOf(
      text.slice(wordBounds[word * 2], wordBounds[word * 2 + 1]),
      known,
    )
  }
  const grade = fleschKincaid({
    sentence: Math.max(1, sentences),
    word: words,
    syllable: Math.round((sampledSyllables / sampled) * words),
  })
  return Math.round(Math.max(0, grade) * 10) / 10
}

import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'

export const PATIENT_READING_GRADE_MAX = 8

/** Flesch-Kincaid grade of plain text, rounded to one decimal; null when there is no text. */
export const readingGrade = (text: string): number | null => {
  const words = text.match(/[\p{L}\p{N}’']+/gu) ?? []
  if (words.length === 0) {
    return null
  }
  const sentences = text.split(/[.!?…]+(?:\s|$)|\n+/).filter((s) => /[\p{L}\p{N}]/u.test(s))
  const syllables = words.reduce((total, word) => total + Math.max(1, syllable(word)), 0)
  const grade = fleschKincaid({
    sentence: Math.max(1, sentences.length),
    word: words.length,
    syllable: syllables,
  })
  return Math.round(Math.max(0, grade) * 10) / 10
}

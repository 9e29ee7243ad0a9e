import type { pressureLevels } from '../../collections/vocabularies'

type Level = (typeof pressureLevels)[number]

const levelOfWord: Record<string, Level> = {
  light: 'light',
  gentle: 'light',
  soft: 'light',
  'feather-light': 'light',
  moderate: 'moderate',
  medium: 'moderate',
  firm: 'firm',
  strong: 'firm',
  deep: 'firm',
  hard: 'firm',
}

const levelOfScore = (score: number): Level =>
  score <= 3 ? 'light' : score <= 6 ? 'moderate' : 'firm'

/** "Firm, slow fingertip pressure": a level word at most three words before "pressure". */
const WORDED = new RegExp(
  `\\b(${Object.keys(levelOfWord).join('|')})\\b(?:[ ,]+[\\w-]+){0,3}?[ ,]+pressure\\b`,
  'gi',
)
/** "about 4 to 6 out of 10". */
const SCORED = /\b(\d{1,2})(?:\s*(?:to|-|–)\s*(\d{1,2}))?\s+out of 10\b/gi

/** Each pressure level a text states, with the words that state it. */
export const pressureLevelsIn = (text: string): Array<{ level: Level; words: string }> => [
  ...[...text.matchAll(WORDED)].map((match) => ({
    level: levelOfWord[match[1].toLowerCase()],
    words: match[0],
  })),
  ...[...text.matchAll(SCORED)].map((match) => ({
    level: levelOfScore(Number(match[2] ?? match[1])),
    words: match[0],
  })),
]

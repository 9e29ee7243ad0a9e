import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as english from '@zxcvbn-ts/language-en'

/** NIST SP 800-63B: at least this many characters, and no composition rules. */
export const MIN_PASSWORD_LENGTH = 12
/** zxcvbn's score (0–4) a password must reach: 3 is "safely unguessable" to an online attacker. */
const MIN_SCORE = 3
/** zxcvbn's cost grows with length; what lies beyond this adds strength it need not measure. */
const MEASURED_LENGTH = 256

let estimator: ZxcvbnFactory | undefined
/** Built on first use: the dictionaries (common and breached passwords, words, names) are large. */
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  }))

/** The words a person is known by: their name's words and their email address's local part. */
const ownWords = (name?: string | null, email?: string | null) => {
  const local = email?.split('@')[0] ?? ''
  return [local, ...`${name ?? ''} ${local}`.split(/[^\p{L}\p{N}]+/u)]
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= 4)
}

/**
 * Why a password is refused, or undefined when it is good enough: shorter than 12 characters,
 * common or on a breached-password list, a keyboard pattern, or built from the person's own name
 * or email address. The reason is zxcvbn's own feedback, for the person to act on.
 */
export const passwordProblem = (
  password: unknown,
  person: { name?: string | null; email?: string | null } = {},
): string | undefined => {
  if (typeof password !== 'string' || password.length === 0) {
    return 'Enter a password.'
  }
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters.`
  }
  const words = ownWords(person.name, person.email)
  const lowered = password.toLowerCase()
  if (words.some((word) => lowered.includes(word))) {
    return 'Do not use your name or email address in your password.'
  }
  const { score, feedback } = zxcvbn().check(password.slice(0, MEASURED_LENGTH), words)
  if (score >= MIN_SCORE) {
    return undefined
  }
  const advice = [feedback.warning, ...feedback.suggestions].filter(Boolean).join(' ')
  return `This password is too easy to guess. ${advice || 'Add more words or characters.'}`
}

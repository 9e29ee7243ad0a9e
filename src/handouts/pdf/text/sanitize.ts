/**
 * Text as the fonts can draw it: emoji become a symbol the fonts have (✅ → ✓) or disappear,
 * characters no font covers are dropped, so nothing is ever drawn as a missing-glyph box.
 */

/** Emoji and symbols worth keeping in meaning, mapped to characters DejaVu Sans draws. */
const SUBSTITUTES: Record<string, string> = {
  '✅': '✓',
  '✔': '✓',
  '☑': '✓',
  '🗸': '✓',
  '❌': '✗',
  '❎': '✗',
  '✖': '✗',
  '⛔': '⊘',
  '🚫': '⊘',
  '⚠': '⚠',
  '❗': '!',
  '❕': '!',
  '‼': '!!',
  '❓': '?',
  '❔': '?',
  '➡': '→',
  '⬅': '←',
  '⬆': '↑',
  '⬇': '↓',
  '↔': '↔',
  '👉': '→',
  '👈': '←',
  '👆': '↑',
  '👇': '↓',
  '⭐': '★',
  '🌟': '★',
  '❤': '♥',
  '📞': '☎',
  '☎': '☎',
  '📧': '✉',
  '✉': '✉',
  '🔴': '●',
  '🟢': '●',
  '🔵': '●',
  '⚫': '●',
  '⚪': '○',
  '▪': '▪',
  '🔹': '◆',
  '🔸': '◆',
  '\u2011': '-',
}

const EMOJI_SEQUENCE =
  /\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?)*/gu

const KEYCAP = /^([#*0-9])\uFE0F?\u20E3$/u

/** Directional marks: invisible, but they steer the bidi algorithm. All are U+061C or above. */
export const BIDI_CONTROL = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/

// Control characters and lone variation selectors are what this removes.
// eslint-disable-next-line no-control-regex, no-misleading-character-class
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B\u2060\uFEFF\uFE0E\uFE0F]/gu
const ODD_SPACE = /[\t\u2000-\u200A\u202F\u205F]/g

export type Coverage = (codePoint: number) => boolean

const emoji = (sequence: string, covers: Coverage): string => {
  const keycap = KEYCAP.exec(sequence)
  if (keycap) {
    return keycap[1]
  }
  const first = String.fromCodePoint(sequence.codePointAt(0) ?? 0)
  const single = [...sequence.replace(/[\uFE0E\uFE0F]/g, '')].length === 1
  if (single && covers(first.codePointAt(0) ?? 0) && !SUBSTITUTES[first]) {
    return first
  }
  return SUBSTITUTES[first] ?? ''
}

const drawable = (char: string, covers: Coverage): string => {
  const codePoint = char.codePointAt(0) ?? 0
  if (char === '\n' || char === ' ' || BIDI_CONTROL.test(char) || covers(codePoint)) {
    return char
  }
  return SUBSTITUTES[char] ?? ''
}

/**
 * The longest run of characters without a space that is printed whole: longer than any word or
 * link a patient would type in, so only pasted garbage is cut (with an ellipsis). It keeps
 * line breaking and shaping bounded whatever the text holds.
 */
export const LONGEST_PRINTED_WORD = 300

const OVER_LONG_WORD = new RegExp(`\\S{${LONGEST_PRINTED_WORD + 1},}`, 'gu')

export const sanitizeText = (text: string, covers: Coverage): string => {
  const normalized = text
    .replace(OVER_LONG_WORD, (word) => `${[...word].slice(0, LONGEST_PRINTED_WORD).join('')}…`)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(ODD_SPACE, ' ')
    .replace(EMOJI_SEQUENCE, (sequence) => emoji(sequence, covers))
    .replace(CONTROL, '')
  let result = ''
  for (const char of normalized) {
    result += drawable(char, covers)
  }
  return result.replace(/ {2,}/g, ' ')
}

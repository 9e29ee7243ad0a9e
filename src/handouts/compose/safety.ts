import type { Block, Branding } from '../document'

/** Used when a handout names no condition, so the box is never empty. */
const generalRedFlags = [
  'Pain gets much worse during a technique, or is worse the next day.',
  'You feel new numbness, tingling or weakness.',
  'The skin is broken, hot, red or swollen where you would work.',
  'You feel dizzy, faint or short of breath.',
]

/**
 * The "Stop and call us if…" box: the conditions' red flags, once each, and how to reach us.
 * `breakable`: printed where it stands even if it must go on over the page (page 1).
 */
export const safetyBox = (
  redFlags: string[],
  branding: Branding<unknown>,
  { breakable = false } = {},
): Block<never> => {
  const unique = [...new Set(redFlags.map((flag) => flag.trim()).filter(Boolean))]
  const phone = branding.contactLines.find((line) => line.startsWith('Phone:'))
  return {
    type: 'callout',
    tone: 'warning',
    title: 'Stop and call us if…',
    ...(breakable ? { breakable } : {}),
    items: unique.length ? unique : generalRedFlags,
    children: [
      {
        type: 'text',
        text: phone
          ? `Call ${branding.clinicName} (${phone.replace('Phone: ', '')}). In an emergency, call your local emergency number.`
          : 'Call us. In an emergency, call your local emergency number.',
      },
    ],
  }
}

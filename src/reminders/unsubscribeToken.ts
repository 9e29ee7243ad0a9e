import { createHmac, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '../secret'
import { publicOrigin } from '../patientLinks/linkUrl'

/** Whose reminders an unsubscribe link stops: one program's, for one patient. */
export type UnsubscribeTarget = { program: number; patient: number }

const mac = ({ program, patient }: UnsubscribeTarget) =>
  createHmac('sha256', payloadSecret())
    .update(`reminder-unsubscribe:${program}:${patient}`)
    .digest('base64url')

/**
 * A reminder's unsubscribe token: the program and patient ids, and an HMAC-SHA-256 of them under
 * the server secret (256 bits), so it cannot be guessed or made for another patient, needs no
 * lookup to check, and is the same in every reminder (nothing is stored).
 */
export const unsubscribeToken = (target: UnsubscribeTarget): string =>
  `${target.program}.${target.patient}.${mac(target)}`

/** The program and patient a genuine token names; undefined for anything else. */
export const readUnsubscribeToken = (token: string): UnsubscribeTarget | undefined => {
  const match = /^(\d{1,10})\.(\d{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) {
    return undefined
  }
  const target = { program: Number(match[1]), patient: Number(match[2]) }
  const expected = Buffer.from(mac(target))
  const given = Buffer.from(match[3])
  return given.length === expected.length && timingSafeEqual(given, expected) ? target : undefined
}

/** The one-click unsubscribe address, as the List-Unsubscribe header and the email's link. */
export const unsubscribeUrl = (target: UnsubscribeTarget): string =>
  `${publicOrigin()}/unsubscribe/${unsubscribeToken(target)}`

import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '../secret'

/**
 * What a token is made from: the link's program, the patient it was made for, its version, and
 * its format (1: a link kept from before links had a patient, made without it).
 */
export type TokenParts = { program: number; patient: number; version: number; format?: number }

/**
 * A link's token: HMAC-SHA-256 of the program, the patient and the link's version under the
 * server secret (256 bits, base64url). Nothing secret is stored: the database keeps only the
 * token's SHA-256 to find the link by, and "New link" bumps the version. The same program sent
 * to another patient gives another token.
 */
export const linkToken = ({ program, patient, version, format }: TokenParts): string =>
  createHmac('sha256', payloadSecret())
    .update(
      format === 1
        ? `patient-link:${program}:${version}`
        : `patient-link:${program}:${patient}:${version}`,
    )
    .digest('base64url')

/** What the database keeps of a token: its SHA-256, hex. */
export const tokenHash = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex')

/** A token's shape: 43 base64url characters. Anything else cannot be a link. */
export const looksLikeToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token)

/** Whether `token` is the one these parts make under the current secret, in constant time. */
export const isTokenOf = (token: string, parts: TokenParts): boolean => {
  const expected = Buffer.from(linkToken(parts))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/**
 * Whether a stored link still works under the current secret: its kept hash is the hash of the
 * token the secret makes now. After `PAYLOAD_SECRET` changes no stored link does: the panel
 * shows them stopped and the next send makes a new one (see src/patientLinks/links.ts).
 */
export const madeWithCurrentSecret = (link: TokenParts & { tokenHash: string }): boolean => {
  const expected = Buffer.from(tokenHash(linkToken(link)), 'hex')
  const kept = Buffer.from(link.tokenHash, 'hex')
  return kept.length === expected.length && timingSafeEqual(kept, expected)
}

import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

import { payloadSecret } from '../secret'

/**
 * A program's link token: HMAC-SHA-256 of the program and the link's version under the server
 * secret (256 bits, base64url). Nothing secret is stored: the database keeps only the token's
 * SHA-256 to find the link by, and "New link" bumps the version.
 */
export const linkToken = (programId: number, version: number): string =>
  createHmac('sha256', payloadSecret())
    .update(`patient-link:${programId}:${version}`)
    .digest('base64url')

/** What the database keeps of a token: its SHA-256, hex. */
export const tokenHash = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex')

/** A token's shape: 43 base64url characters. Anything else cannot be a link. */
export const looksLikeToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token)

/** Whether `token` is the one this program and version make, compared in constant time. */
export const isTokenOf = (token: string, programId: number, version: number): boolean => {
  const expected = Buffer.from(linkToken(programId, version))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

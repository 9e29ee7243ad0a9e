import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

import { generateSecret, generateURI, verify } from 'otplib'

/** How many recovery codes a person gets; each works once. */
export const RECOVERY_CODE_COUNT = 10

/** A code from the step before or after the current one is accepted (clock drift, typing). */
const EPOCH_TOLERANCE_SECONDS = 30

export const newTotpSecret = () => generateSecret()

export const totpUri = (secret: string, email: string) =>
  generateURI({ issuer: 'Clinic CMS', label: email, secret })

/** What a person typed, without spaces or dashes, lower case. */
const normalised = (code: string) => code.replace(/[\s-]/g, '').toLowerCase()

/**
 * The time step a six-digit code belongs to, when it is right for the secret and newer than the
 * last step used (a code is accepted once: NIST SP 800-63B replay protection).
 */
export const totpStep = async (
  secret: string,
  code: string,
  lastStep: number | null | undefined,
): Promise<number | undefined> => {
  const token = normalised(code)
  if (!/^\d{6}$/.test(token)) {
    return undefined
  }
  const result = await verify({
    secret,
    token,
    epochTolerance: EPOCH_TOLERANCE_SECONDS,
    ...(typeof lastStep === 'number' ? { afterTimeStep: lastStep } : {}),
  })
  return result.valid && 'timeStep' in result ? result.timeStep : undefined
}

const hashOf = (code: string) => createHash('sha256').update(normalised(code)).digest('hex')

/** Ten codes of 10 random base-32 characters (50 bits each), shown once as `xxxxx-xxxxx`. */
export const newRecoveryCodes = (): { codes: string[]; hashes: string[] } => {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789'
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10)
    const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join('')
    return `${chars.slice(0, 5)}-${chars.slice(5)}`
  })
  return { codes, hashes: codes.map(hashOf) }
}

/** Which stored hash the typed code matches (SHA-256, compared in constant time), or -1. */
export const recoveryCodeIndex = (hashes: unknown, code: string): number => {
  if (!Array.isArray(hashes) || !/^[a-z0-9]{10}$/.test(normalised(code))) {
    return -1
  }
  const typed = Buffer.from(hashOf(code), 'hex')
  return hashes.findIndex(
    (hash) =>
      typeof hash === 'string' &&
      hash.length === typed.length * 2 &&
      timingSafeEqual(Buffer.from(hash, 'hex'), typed),
  )
}

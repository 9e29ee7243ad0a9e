import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

/**
 * A TOTP secret is stored encrypted (AES-256-GCM) under a key derived from Payload's secret, so
 * a database dump alone does not give anyone's codes. After a change of PAYLOAD_SECRET stored
 * secrets no longer open: those staff sign in with a recovery code and set two-factor up again.
 */
const keyFor = (payloadSecret: string) =>
  createHash('sha256').update(`clinic-cms staff totp secret\0${payloadSecret}`).digest()

const VERSION = 'v1'

export const sealSecret = (payloadSecret: string, secret: string): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFor(payloadSecret), iv)
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()])
  return [VERSION, iv, cipher.getAuthTag(), sealed]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.')
}

/** The secret, or undefined when it was sealed under another key or is not a sealed value. */
export const openSecret = (payloadSecret: string, sealed: unknown): string | undefined => {
  if (typeof sealed !== 'string') {
    return undefined
  }
  const [version, iv, tag, data] = sealed.split('.')
  if (version !== VERSION || !iv || !tag || !data) {
    return undefined
  }
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      keyFor(payloadSecret),
      Buffer.from(iv, 'base64url'),
    )
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([
      decipher.update(Buffer.from(data, 'base64url')),
      decipher.final(),
    ]).toString('utf8')
  } catch {
    return undefined
  }
}

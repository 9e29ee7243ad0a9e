/** Production must set PAYLOAD_SECRET; development and tests get a fixed, clearly named one. */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) {
    return secret
  }
  if (process.env.NODE_ENV === 'production' && !process.env.ALLOW_DEV_SECRET) {
    throw new Error('PAYLOAD_SECRET must be set in production.')
  }
  return 'clinic-cms-development-secret-not-for-production'
}

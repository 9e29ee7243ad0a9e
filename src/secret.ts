/**
 * A running production server must have PAYLOAD_SECRET; `next build`, development and tests get
 * a fixed, clearly named one.
 */
export const payloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) {
    return secret
  }
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  if (process.env.NODE_ENV === 'production' && !building) {
    throw new Error('PAYLOAD_SECRET must be set in production.')
  }
  return 'clinic-cms-development-secret-not-for-production'
}

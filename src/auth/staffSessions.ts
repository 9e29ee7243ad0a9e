import type { IncomingAuthType } from 'payload'

/** A signed-in session with no activity ends after this many hours (`STAFF_SESSION_IDLE_HOURS`). */
export const DEFAULT_SESSION_IDLE_HOURS = 8

/** The idle limit in seconds, from `STAFF_SESSION_IDLE_HOURS` (a positive number of hours). */
export const sessionIdleSeconds = (setting = process.env.STAFF_SESSION_IDLE_HOURS): number => {
  if (setting === undefined || setting.trim() === '') {
    return DEFAULT_SESSION_IDLE_HOURS * 3600
  }
  const hours = Number(setting)
  if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30) {
    throw new Error(
      `STAFF_SESSION_IDLE_HOURS must be a number of hours above 0 and at most 720 (it is "${setting}").`,
    )
  }
  return Math.round(hours * 3600)
}

/** The session cookie is sent only over https when the server's address is https. */
const servedOverHttps = () => (process.env.SERVER_URL ?? '').toLowerCase().startsWith('https://')

/**
 * Staff sign-in (NIST SP 800-63B): Payload's lockout stays on (5 failures lock an account for 10
 * minutes), the session cookie is HttpOnly, SameSite=Lax and Secure under https, and a token
 * lives as long as the idle limit: the admin renews it while someone is working (see README).
 */
export const staffAuth = (): IncomingAuthType => ({
  maxLoginAttempts: 5,
  lockTime: 10 * 60 * 1000,
  tokenExpiration: sessionIdleSeconds(),
  cookies: { sameSite: 'Lax', secure: servedOverHttps() },
})

import { RequestRefused } from './refusal'

/** The auth routes' fields, with what each must be. */
const AUTH_FIELDS: Record<string, { max: number; pattern?: RegExp; what: string }> = {
  email: { max: 320, pattern: /^[^\s@]+@[^\s@]+$/, what: 'an email address' },
  password: { max: 1_000, what: 'text' },
  token: { max: 1_000, what: 'text' },
  username: { max: 320, what: 'text' },
}

/**
 * Login, password reset, unlock and first registration take a few strings: anything else (an
 * operator object, a list, 40 KB of text) is refused before Payload looks a user up with it.
 */
export const checkAuthBody = (data: Record<string, unknown>): void => {
  for (const [name, rule] of Object.entries(AUTH_FIELDS)) {
    const value = data[name]
    if (value === undefined || value === null) {
      continue
    }
    if (
      typeof value !== 'string' ||
      value.length > rule.max ||
      (rule.pattern !== undefined && !rule.pattern.test(value))
    ) {
      throw new RequestRefused(
        400,
        `${name} must be ${rule.what} of at most ${rule.max} characters.`,
      )
    }
  }
}

/** Where the app is reached from outside: SERVER_URL, or the development server. */
export const publicOrigin = (): string =>
  (process.env.SERVER_URL || 'http://localhost:3000').replace(/\/+$/, '')

/** The patient's program page for a token, as printed in the email and on the PDF. */
export const programPageUrl = (token: string): string => `${publicOrigin()}/p/${token}`

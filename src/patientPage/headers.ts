/**
 * The hashes of what a page may run (its one style sheet, and its one script if it has one),
 * and whether its forms post back to this server (always, when it has a script).
 */
export type PageHashes = { style?: string; script?: string; forms?: boolean }

/**
 * Every answer under /p/: never cached or indexed, no referrer leaves the page, and the page may
 * load nothing but its own images, its one hashed style sheet and, on the program page, its one
 * hashed script, which may post the page's own forms back to this server (no other host).
 */
export const patientHeaders = ({ style, script, forms }: PageHashes = {}): Record<
  string,
  string
> => ({
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy': [
    "default-src 'none'",
    "img-src 'self'",
    `style-src ${style ?? "'none'"}`,
    ...(script ? [`script-src ${script}`, "connect-src 'self'"] : []),
    "base-uri 'none'",
    `form-action ${script || forms ? "'self'" : "'none'"}`,
    "frame-ancestors 'none'",
  ].join('; '),
})

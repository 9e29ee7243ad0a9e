/**
 * Every answer under /p/: never cached or indexed, no referrer leaves the page, and the page may
 * load nothing but its own images and its one hashed style sheet (no script, no other host).
 */
export const patientHeaders = (styleHash?: string): Record<string, string> => ({
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex, nofollow',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy': [
    "default-src 'none'",
    "img-src 'self'",
    `style-src ${styleHash ?? "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
})

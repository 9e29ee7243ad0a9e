import { describe, expect, it } from '@jest/globals'

import { hasBuild, startNextServer } from '../helpers/nextServer'

/**
 * The staff side (/admin) and the API answer with headers that keep them out of other sites'
 * frames, stop content sniffing and trim the referrer; under an https SERVER_URL, HSTS too.
 * Through the built app (`npm run build`), as a browser meets it.
 */
const staffPaths = ['/admin', '/admin/login', '/api/users/me', '/api/techniques?limit=1']

const headersOf = async (base: string, path: string) => {
  const response = await fetch(`${base}${path}`, { redirect: 'manual' })
  await response.arrayBuffer()
  return response.headers
}

const built = hasBuild() ? it : it.skip
if (!hasBuild()) {
  console.warn('No build (npm run build): the staff headers are not checked.')
}

describe('headers on /admin and /api', () => {
  built('forbid framing, sniffing and full referrers; no HSTS over plain http', async () => {
    const server = await startNextServer((url) => ({ SERVER_URL: url }))
    try {
      for (const path of staffPaths) {
        const headers = await headersOf(server.url, path)
        expect([path, headers.get('x-frame-options')]).toEqual([path, 'DENY'])
        expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
        expect(headers.get('x-content-type-options')).toBe('nosniff')
        expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
        expect(headers.get('strict-transport-security')).toBeNull()
      }
      // The patient page keeps its own, stricter policy.
      const patient = await headersOf(server.url, '/p/not-a-link')
      expect(patient.get('referrer-policy')).toBe('no-referrer')
      expect(patient.get('content-security-policy')).toContain("default-src 'none'")
    } finally {
      await server.stop()
    }
  })

  built('add Strict-Transport-Security when SERVER_URL is https', async () => {
    const server = await startNextServer({ SERVER_URL: 'https://clinic.example' })
    try {
      for (const path of staffPaths) {
        const headers = await headersOf(server.url, path)
        expect([path, headers.get('strict-transport-security')]).toEqual([
          path,
          expect.stringMatching(/^max-age=\d{7,}/),
        ])
        expect(headers.get('x-frame-options')).toBe('DENY')
      }
    } finally {
      await server.stop()
    }
  })
})

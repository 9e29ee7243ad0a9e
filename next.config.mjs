import { withPayload } from '@payloadcms/next/withPayload'

import { resolveSecret } from './src/secretRules.js'

/**
 * What every answer under /admin and /api carries: no framing by another site, no content-type
 * guessing, no full URL leaking in the referrer. HSTS depends on SERVER_URL at run time, so the
 * server adds it itself (src/http/staffHeaders.ts); /p/ has stricter headers of its own.
 */
const staffHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm run typecheck` (tsc over the whole project) is CI's type check; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  allowedDevOrigins: ['127.0.0.1'],
  // Server code keeps its names: a CPU profile of the server (`npm run bench:rest -- --profile`)
  // and a stack trace name Payload's and our functions. Nothing of it is sent to browsers.
  experimental: { serverMinification: false },
  serverExternalPackages: [
    '@electric-sql/pglite',
    '@electric-sql/pglite-socket',
    'sharp',
    'pdfkit',
    'fontkit',
    // Starts render threads from its own files: it must stay a plain package, not a bundle.
    'piscina',
  ],
  headers: async () => [
    { source: '/admin', headers: staffHeaders },
    { source: '/admin/:path*', headers: staffHeaders },
    { source: '/api/:path*', headers: staffHeaders },
  ],
}

/**
 * `next start` and `next dev` on a PostgreSQL database stop here, before they listen, without a
 * real PAYLOAD_SECRET (src/secretRules.js); `next build` needs none.
 * @param {string} phase
 */
export default (phase) => {
  if (phase !== 'phase-production-build') {
    resolveSecret(process.env)
  }
  return withPayload(nextConfig, { devBundleServerPackages: false })
}

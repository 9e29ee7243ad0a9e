import { withPayload } from '@payloadcms/next/withPayload'

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
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

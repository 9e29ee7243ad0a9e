import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  allowedDevOrigins: ['127.0.0.1'],
  serverExternalPackages: [
    '@electric-sql/pglite',
    '@electric-sql/pglite-socket',
    'sharp',
    'pdfkit',
    'fontkit',
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

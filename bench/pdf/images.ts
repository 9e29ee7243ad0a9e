import sharp from 'sharp'

import type { HandoutImage } from '../../src/handouts/document'
import { illustrationPng, type IllustrationSpec } from '../../seeds/illustrations'

/**
 * Fixture images made the way Payload makes the `print` size that handout PDFs embed
 * (collections/Media.ts): at most 1200 px wide, PNG, compression level 9, palette.
 */
const printSize = (source: Buffer): Promise<Buffer> =>
  sharp(source)
    .resize({ width: 1200, withoutEnlargement: true })
    .png({ compressionLevel: 9, palette: true })
    .toBuffer()

const handoutImage = async (key: string, source: Buffer, alt: string): Promise<HandoutImage> => {
  const data = await printSize(source)
  const { width = 0, height = 0 } = await sharp(data).metadata()
  return { key, data: new Uint8Array(data), mimeType: 'image/png', width, height, alt }
}

export const illustration = (spec: IllustrationSpec, alt: string): Promise<HandoutImage> =>
  illustrationPng(spec).then((png) =>
    handoutImage(`media-${spec.bodyRegion}-${spec.motion}`, png, alt),
  )

/** A clinic logo on a transparent background, as an upload would be. */
const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="720" height="240" viewBox="0 0 720 240">' +
  '<circle cx="120" cy="120" r="96" fill="#2E6F62"/>' +
  '<path d="M72 150c24-60 72-84 96-36s-48 72-96 36z" fill="#F4EFE9"/>' +
  '<circle cx="120" cy="84" r="18" fill="#C8643B"/>' +
  '<text x="244" y="112" font-family="DejaVu Sans" font-size="64" font-weight="700" ' +
  'fill="#2E6F62">Riverside</text>' +
  '<text x="246" y="176" font-family="DejaVu Sans" font-size="40" fill="#C8643B">' +
  'Pain &amp; Massage Clinic</text></svg>'

export const logo = (): Promise<HandoutImage> =>
  handoutImage('media-clinic-logo', Buffer.from(LOGO_SVG), 'Riverside Pain & Massage Clinic')

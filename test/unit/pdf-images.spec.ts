import { beforeAll, describe, expect, it } from '@jest/globals'
import PDFDocument from 'pdfkit'
import sharp from 'sharp'

import { normaliseImage } from '../../collections/Media/variants'
import type { HandoutDocument, HandoutImage } from '../../src/handouts/document'
import { renderPdf } from '../../src/handouts/pdf/renderPdf'
import { type DecodedImage, drawnImages } from '../helpers/pdfImages'

/** A logo-like picture: shapes with soft edges on a transparent ground. */
const transparentPicture = () =>
  sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="240">' +
        '<circle cx="120" cy="120" r="96" fill="#2e6f62"/>' +
        '<rect x="250" y="80" width="200" height="80" rx="40" fill="#c8643b" opacity="0.6"/>' +
        '</svg>',
    ),
  )
    .png()
    .toBuffer()

let stored: HandoutImage

beforeAll(async () => {
  const { data, width, height } = await normaliseImage(await transparentPicture(), 'print')
  stored = { key: 'logo', data, mimeType: 'image/png', width, height, alt: 'Clinic logo' }
})

const handout = (image: HandoutImage): HandoutDocument => ({
  meta: { title: 'Images', language: 'en', date: '2025-03-03', template: 'technique-card' },
  branding: {
    clinicName: 'Clinic',
    primaryColour: '#2E6F62',
    accentColour: '#C8643B',
    contactLines: [],
  },
  layout: { paper: 'A4', largePrint: false },
  blocks: [{ type: 'image', image }],
})

/** The same bytes drawn by pdfkit's own image code, with nothing of ours in between. */
const plainPdfkit = (bytes: Uint8Array): Promise<Buffer> =>
  new Promise((resolve) => {
    const pdf = new PDFDocument()
    const chunks: Buffer[] = []
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
    pdf.on('end', () => resolve(Buffer.concat(chunks)))
    pdf.image(Buffer.from(bytes), 10, 10, { width: 200 })
    pdf.end()
  })

const pixelsOf = async (pdf: Buffer): Promise<DecodedImage> => {
  const [image] = await drawnImages(pdf)
  return image.decoded
}

describe('images in the PDF', () => {
  it('draws an upload of the stored shape with the pixels and transparency pdfkit itself gives it', async () => {
    // The stored shape as sharp writes it (rows unfiltered), and with PNG row filters.
    const filtered = await sharp(stored.data)
      .png({ palette: true, adaptiveFiltering: true })
      .toBuffer()
    for (const data of [stored.data, new Uint8Array(filtered)]) {
      const image = { ...stored, key: `stored-${data.length}`, data }
      const ours = await pixelsOf(await renderPdf(handout(image)))
      const pdfkits = await pixelsOf(await plainPdfkit(data))

      expect(ours.kind).toBe(3)
      expect(ours.data.length).toBe(stored.width * stored.height * 4)
      expect(Buffer.from(ours.data).equals(Buffer.from(pdfkits.data))).toBe(true)
      expect(ours.data[3]).toBe(0)
    }
  })

  it('still draws PNGs and JPEGs of other shapes, through pdfkit, at their own size', async () => {
    const picture = await transparentPicture()
    const others = [
      await sharp(picture).toColourspace('rgb16').png().toBuffer(),
      await sharp(picture).png({ progressive: true }).toBuffer(),
      await sharp(picture).flatten({ background: '#ffffff' }).jpeg().toBuffer(),
    ]
    for (const data of others) {
      const image = { ...stored, key: `other-${data.length}`, data: new Uint8Array(data) }
      const drawn = await drawnImages(await renderPdf(handout(image)))
      expect(drawn.map(({ width, height }) => ({ width, height }))).toEqual([
        { width: 480, height: 240 },
      ])
    }
  })
})

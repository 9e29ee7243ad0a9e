import { readFile, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '../../src/payload-types'
import { makeHandoutEmail, makeHandoutPdf } from '../../src/handouts/make'
import { uniqueName } from '../helpers/fixtures'
import { contentData } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'
import { type DrawnImage, drawnImages } from '../helpers/pdfImages'

const WIDTH = 1600
const HEIGHT = 1000

/** A picture with shapes and a soft edge, so every format has real content to keep. */
const picture = (background: sharp.Color = '#f4efe9') =>
  sharp({ create: { width: WIDTH, height: HEIGHT, channels: 4, background } }).composite([
    {
      input: Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">` +
          '<circle cx="800" cy="500" r="380" fill="#2e6f62"/>' +
          '<rect x="200" y="650" width="1200" height="180" rx="90" fill="#c8643b" opacity="0.7"/>' +
          '</svg>',
      ),
    },
  ])

type Upload = { name: string; mimetype: string; data: Buffer }

/** The shapes clinics upload that the renderers never see: each is turned into the one shape. */
const oddUploads = async (): Promise<Upload[]> => [
  {
    name: 'greyscale.png',
    mimetype: 'image/png',
    data: await sharp(await picture().png().toBuffer())
      .removeAlpha()
      .toColourspace('b-w')
      .png()
      .toBuffer(),
  },
  {
    name: 'sixteen-bit.png',
    mimetype: 'image/png',
    data: await sharp(await picture().png().toBuffer())
      .toColourspace('rgb16')
      .png()
      .toBuffer(),
  },
  {
    name: 'palette-transparent.png',
    mimetype: 'image/png',
    data: await picture({ r: 0, g: 0, b: 0, alpha: 0 }).png({ palette: true }).toBuffer(),
  },
  {
    name: 'interlaced.png',
    mimetype: 'image/png',
    data: await picture().png({ progressive: true }).toBuffer(),
  },
  {
    name: 'cmyk.jpg',
    mimetype: 'image/jpeg',
    data: await sharp(await picture().flatten().png().toBuffer())
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer(),
  },
]

let payload: Payload
let mediaDir: string
let uploads: Upload[]

beforeAll(async () => {
  payload = await startPayload()
  mediaDir = payload.collections.media.config.upload.staticDir as string
  uploads = await oddUploads()
})

afterAll(async () => {
  await stopPayload(payload)
})

const upload = ({ name, mimetype, data }: Upload) =>
  payload.create({
    collection: 'media',
    data: { alt: `Test picture from ${name}` },
    file: {
      data,
      mimetype,
      name: `${uniqueName('odd').replace(' ', '-')}-${name}`,
      size: data.length,
    },
  })

const storedFile = (filename: string | null | undefined) =>
  readFile(path.join(mediaDir, filename as string))

/** A published technique illustrated by `media`, as its one-card handout. */
const techniqueHandouts = async (media: Media) => {
  const technique = await payload.create({
    collection: 'techniques',
    data: { ...contentData('techniques'), _status: 'published', images: [media.id] },
  })
  const request = { payload, system: true, template: 'technique-card' as const, id: technique.id }
  const [{ pdf }, { email }] = await Promise.all([
    makeHandoutPdf(request),
    makeHandoutEmail(request),
  ])
  return { pdf, email }
}

const sizesOf = (drawn: DrawnImage[]) =>
  drawn.map(({ page, width, height }) => ({ page, width, height }))

/** The inline images the email's HTML shows, each with its attachment's decoded size. */
const inlineImages = async (email: Awaited<ReturnType<typeof techniqueHandouts>>['email']) => {
  const cids = [...email.html.matchAll(/src="cid:([^"]+)"/g)].map(([, cid]) => cid)
  return Promise.all(
    [...new Set(cids)].map(async (cid) => {
      const attachment = email.attachments.find((candidate) => candidate.cid === cid)
      if (!attachment) {
        throw new Error(`No attachment for cid:${cid}`)
      }
      const { data, info } = await sharp(attachment.content)
        .raw()
        .toBuffer({ resolveWithObject: true })
      return {
        cid,
        contentType: attachment.contentType,
        width: info.width,
        height: info.height,
        bytes: data.length,
      }
    }),
  )
}

describe('image uploads', () => {
  it('are uploads of five shapes the renderers do not read the same way', async () => {
    const shapes = await Promise.all(uploads.map(({ data }) => sharp(data).metadata()))
    expect(
      shapes.map(({ format, space, depth, isPalette, isProgressive, hasAlpha, channels }) => ({
        format,
        space,
        depth,
        isPalette,
        isProgressive,
        hasAlpha,
        channels,
      })),
    ).toEqual([
      expect.objectContaining({ format: 'png', space: 'b-w', channels: 1 }),
      expect.objectContaining({ format: 'png', depth: 'ushort' }),
      expect.objectContaining({ format: 'png', isPalette: true, hasAlpha: true }),
      expect.objectContaining({ format: 'png', isProgressive: true }),
      expect.objectContaining({ format: 'jpeg', space: 'cmyk' }),
    ])
  })

  it('are stored in print and email sizes as 8-bit, non-interlaced sRGB PNGs, transparency kept', async () => {
    for (const file of uploads) {
      const media = await upload(file)
      expect(media.sizes?.print).toMatchObject({ width: 1200, height: 750, mimeType: 'image/png' })
      expect(media.sizes?.email).toMatchObject({ width: 1104, height: 690, mimeType: 'image/png' })
      for (const size of [media.sizes?.print, media.sizes?.email]) {
        const stored = await sharp(await storedFile(size?.filename)).metadata()
        expect({ file: file.name, ...stored }).toMatchObject({
          file: file.name,
          format: 'png',
          space: 'srgb',
          depth: 'uchar',
          bitsPerSample: 8,
          isProgressive: false,
          isPalette: true,
          hasAlpha: file.name === 'palette-transparent.png',
        })
      }
    }
  })

  it('each appear in the technique handout PDF, transparency kept, and inline in its email at the email size', async () => {
    for (const file of uploads) {
      const media = await upload(file)
      const { pdf, email } = await techniqueHandouts(media)

      const drawn = await drawnImages(pdf)
      expect({ file: file.name, drawn: sizesOf(drawn) }).toEqual({
        file: file.name,
        drawn: [{ page: 1, width: 1200, height: 750 }],
      })
      const transparent = file.name === 'palette-transparent.png'
      expect({
        file: file.name,
        corner: drawn[0].alphaAt(4, 4),
        middle: drawn[0].alphaAt(600, 375),
      }).toEqual({ file: file.name, corner: transparent ? 0 : 255, middle: 255 })
      const inline = await inlineImages(email)
      expect({ file: file.name, inline }).toEqual({
        file: file.name,
        inline: [expect.objectContaining({ contentType: 'image/png', width: 1104, height: 690 })],
      })
      expect(email.attachments.map(({ cid }) => cid)).toEqual(inline.map(({ cid }) => cid))
    }
  })
})

describe('images stored before uploads were normalised', () => {
  it('are normalised in memory for the PDF and the email, and the files are left as they were', async () => {
    const [, sixteenBit, , interlaced, cmyk] = uploads
    const sizedBefore = await upload(sixteenBit)
    const neverSized = await upload(interlaced)
    const jpegOnly = await upload(cmyk)
    // A size made before normalisation: the upload's own bytes under the size's name.
    for (const size of Object.values(sizedBefore.sizes ?? {})) {
      await writeFile(path.join(mediaDir, size?.filename as string), sixteenBit.data)
    }
    // Sizes that were never made (or lost): only the original is on disk.
    for (const media of [neverSized, jpegOnly]) {
      for (const size of Object.values(media.sizes ?? {})) {
        await unlink(path.join(mediaDir, size?.filename as string))
      }
    }

    for (const media of [sizedBefore, neverSized, jpegOnly]) {
      const { pdf, email } = await techniqueHandouts(media)

      expect(sizesOf(await drawnImages(pdf))).toEqual([{ page: 1, width: 1200, height: 750 }])
      expect(await inlineImages(email)).toEqual([
        expect.objectContaining({ contentType: 'image/png', width: 1104, height: 690 }),
      ])
      const attached = await sharp(email.attachments[0].content).metadata()
      expect(attached).toMatchObject({
        space: 'srgb',
        depth: 'uchar',
        isProgressive: false,
        isPalette: true,
      })
    }
    expect(await storedFile(sizedBefore.sizes?.print?.filename)).toEqual(sixteenBit.data)
  })
})

import path from 'node:path'

import { createCanvas } from '@napi-rs/canvas'

import { eachPage, withPdf } from './pdf'

/** One rendered page: `width` × `height` pixels, four bytes (RGBA) each, row by row. */
export type PageImage = { width: number; height: number; rgba: Uint8ClampedArray }

const STANDARD_FONTS = `${path.join(process.cwd(), 'node_modules/pdfjs-dist/standard_fonts')}/`

/** Drawing needs the fonts as fonts, not as the data the readers in pdf.ts keep. */
const DRAWING = { standardFontDataUrl: STANDARD_FONTS, isEvalSupported: false, verbosity: 0 }

/**
 * Every page drawn as pixels by pdfjs-dist onto a @napi-rs/canvas canvas, on white, at
 * `scale` (1 = 72 pixels per inch).
 */
export const pageImages = (
  pdf: Uint8Array,
  { scale = 1 }: { scale?: number } = {},
): Promise<PageImage[]> =>
  withPdf(
    pdf,
    (document) =>
      eachPage(document, async (page) => {
        const viewport = page.getViewport({ scale })
        const width = Math.ceil(viewport.width)
        const height = Math.ceil(viewport.height)
        const canvas = createCanvas(width, height)
        const context = canvas.getContext('2d')
        context.fillStyle = '#ffffff'
        context.fillRect(0, 0, width, height)
        await page.render({
          canvas: canvas as unknown as HTMLCanvasElement,
          canvasContext: context as unknown as CanvasRenderingContext2D,
          viewport,
        }).promise
        const rgba = context.getImageData(0, 0, width, height).data
        page.cleanup()
        return { width, height, rgba }
      }),
    DRAWING,
  )

/** The text of each page as pdfjs-dist extracts it (what a reader copies or a screen reader reads). */
export const pageTexts = (pdf: Uint8Array): Promise<string[]> =>
  withPdf(
    pdf,
    (document) =>
      eachPage(document, async (page) =>
        (await page.getTextContent()).items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
          .join(''),
      ),
    DRAWING,
  )

/**
 * The share (0 to 1) of pixels whose colour differs by more than `threshold` (0 to 255) in
 * any channel. Images of different sizes differ entirely.
 */
export const differingPixelShare = (a: PageImage, b: PageImage, threshold = 32): number => {
  if (a.width !== b.width || a.height !== b.height) {
    return 1
  }
  let differing = 0
  for (let i = 0; i < a.rgba.length; i += 4) {
    if (
      Math.abs(a.rgba[i] - b.rgba[i]) > threshold ||
      Math.abs(a.rgba[i + 1] - b.rgba[i + 1]) > threshold ||
      Math.abs(a.rgba[i + 2] - b.rgba[i + 2]) > threshold ||
      Math.abs(a.rgba[i + 3] - b.rgba[i + 3]) > threshold
    ) {
      differing++
    }
  }
  return differing / (a.width * a.height)
}

/** Nearly white: paper, or the faintest tint no reader would call ink. */
const INK_BELOW = 245

const hasInk = ({ width, rgba }: PageImage, row: number) => {
  for (let i = row * width * 4, end = i + width * 4; i < end; i += 4) {
    if (rgba[i] < INK_BELOW || rgba[i + 1] < INK_BELOW || rgba[i + 2] < INK_BELOW) {
      return true
    }
  }
  return false
}

/**
 * The share (0 to 1) of the page left blank: rows with no ink, counted where they make a band
 * at least `band` of the page tall, so the space between lines and paragraphs reads as used and
 * margins and empty space read as blank.
 */
export const blankShare = (page: PageImage, { band = 0.03 } = {}): number => {
  const shortest = Math.ceil(page.height * band)
  let blank = 0
  let run = 0
  for (let row = 0; row <= page.height; row++) {
    if (row < page.height && !hasInk(page, row)) {
      run++
      continue
    }
    blank += run >= shortest ? run : 0
    run = 0
  }
  return blank / page.height
}

import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

import { eachPage, withPdf } from './pdf'

export type DrawnImage = {
  page: number
  width: number
  height: number
  /** The decoded image's opacity at a pixel, 0–255: its soft mask applied, 255 without one. */
  alphaAt: (x: number, y: number) => number
  /** The decoded pixels as pdfjs gives them (`kind` 2: RGB, 3: RGBA). */
  decoded: DecodedImage
}

/** pdfjs's ImageKind.RGBA_32BPP: four bytes a pixel, the last its alpha. */
const RGBA = 3

export type DecodedImage = { kind: number; width: number; data: Uint8ClampedArray }

/**
 * Every image a PDF draws, in drawing order, with its size in pixels and its opacity: read from
 * each page's operator list (pdfjs-dist), so an image counts only when a page paints it.
 */
export const drawnImages = (pdf: Uint8Array): Promise<DrawnImage[]> =>
  withPdf(
    pdf,
    async (document) =>
      (
        await eachPage(document, async (proxy, index) => {
          const page = index + 1
          const { fnArray, argsArray } = await proxy.getOperatorList()
          const drawn: DrawnImage[] = []
          for (const [at, fn] of fnArray.entries()) {
            if (fn !== OPS.paintImageXObject) {
              continue
            }
            const [id, width, height] = argsArray[at] as [string, number, number]
            const image = await new Promise<DecodedImage>((resolve) => proxy.objs.get(id, resolve))
            const alphaAt = (x: number, y: number) =>
              image.kind === RGBA ? image.data[(y * image.width + x) * 4 + 3] : 255
            drawn.push({ page, width, height, alphaAt, decoded: image })
          }
          return drawn
        })
      ).flat(),
    {
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
      isOffscreenCanvasSupported: false,
    },
  )

import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'

/**
 * drizzle-kit (loaded for Payload's schema push) adds an enumerable `Array.prototype.random`,
 * and pdfjs refuses to read with a prototype that `for...in` would walk into: made
 * non-enumerable, such additions keep working and pdfjs reads.
 */
const hidePrototypeAdditions = () => {
  for (const prototype of [Object.prototype, Array.prototype]) {
    for (const key of Object.keys(prototype)) {
      Object.defineProperty(prototype, key, { enumerable: false })
    }
  }
}

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
export const drawnImages = async (pdf: Uint8Array): Promise<DrawnImage[]> => {
  hidePrototypeAdditions()
  const document = await getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
    isOffscreenCanvasSupported: false,
  }).promise
  try {
    const drawn: DrawnImage[] = []
    for (let page = 1; page <= document.numPages; page++) {
      const proxy = await document.getPage(page)
      const { fnArray, argsArray } = await proxy.getOperatorList()
      for (const [index, fn] of fnArray.entries()) {
        if (fn !== OPS.paintImageXObject) {
          continue
        }
        const [id, width, height] = argsArray[index] as [string, number, number]
        const image = await new Promise<DecodedImage>((resolve) => proxy.objs.get(id, resolve))
        const alphaAt = (x: number, y: number) =>
          image.kind === RGBA ? image.data[(y * image.width + x) * 4 + 3] : 255
        drawn.push({ page, width, height, alphaAt, decoded: image })
      }
    }
    return drawn
  } finally {
    await document.destroy()
  }
}

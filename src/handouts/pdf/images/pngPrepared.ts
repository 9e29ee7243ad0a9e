import { deflateSync } from 'node:zlib'

import { decodePixels } from './pngPixels'
import { readPng, type PngFile } from './pngFile'

/**
 * A PNG made ready to embed in any number of PDFs: what pdfkit would compute for it in every
 * document, computed once. Plain RGB, grey and palette PNGs keep their compressed data as it
 * is; for an alpha channel or palette transparency, the colour data and the soft mask are
 * split and deflated here (pdfkit does that in JavaScript per document, which is slow).
 */
export type PreparedPng = {
  png: PngFile
  /** The image XObject's stream. */
  imgData: Uint8Array
  /** The palette stream's data, deflated (as pdfkit would deflate it in every document). */
  palette?: Buffer
  /** The deflated soft mask, for images with an alpha channel or palette transparency. */
  alphaChannel?: Buffer
}

/** Colour bytes and alpha bytes of every pixel, high bytes only for 16-bit, as pdfkit splits them. */
const splitAlpha = (png: PngFile, pixels: Uint8Array) => {
  const step = png.bits === 16 ? 2 : 1
  const count = png.width * png.height
  const colour = new Uint8Array(count * png.colours)
  const alpha = new Uint8Array(count)
  let i = 0
  let c = 0
  for (let a = 0; a < count; a++) {
    for (let k = 0; k < png.colours; k++) {
      colour[c++] = pixels[i]
      i += step
    }
    alpha[a] = pixels[i]
    i += step
  }
  return { imgData: deflateSync(colour), alphaChannel: deflateSync(alpha) }
}

/** One alpha byte per 8-bit palette index, from the padded table as pdfkit reads it. */
const indexedAlpha = (table: number[], pixels: Uint8Array) => {
  const alpha = new Uint8Array(pixels.length)
  for (let i = 0; i < pixels.length; i++) alpha[i] = table[pixels[i]] ?? 0
  return deflateSync(alpha)
}

/**
 * Prepares a PNG, or returns undefined for layouts left to pdfkit (interlaced images, and
 * transparency at bit depths below 8), which are then embedded the usual way.
 */
export const preparePng = (data: Buffer): PreparedPng | undefined => {
  const png = readPng(data)
  if (png.interlaced) return undefined
  const prepared = prepareData(png)
  return prepared && png.palette.length > 0
    ? { ...prepared, palette: deflateSync(png.palette) }
    : prepared
}

const prepareData = (png: PngFile): PreparedPng | undefined => {
  const { transparency } = png
  if (transparency.grayscale != null || transparency.rgb) return { png, imgData: png.imgData }
  if (transparency.indexed) {
    if (png.bits !== 8) return undefined
    const alphaChannel = indexedAlpha(transparency.indexed, decodePixels(png))
    return { png, imgData: png.imgData, alphaChannel }
  }
  if (png.hasAlphaChannel) {
    if (png.bits !== 8 && png.bits !== 16) return undefined
    return { png, ...splitAlpha(png, decodePixels(png)) }
  }
  return { png, imgData: png.imgData }
}

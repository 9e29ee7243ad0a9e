import { inflateSync } from 'node:zlib'

import type { PngFile } from './pngFile'

/** Bytes per pixel, counting alpha: whole bytes only (bit depth 8 or 16). */
export const pixelBytesOf = (png: PngFile): number =>
  (png.bits * (png.colours + (png.hasAlphaChannel ? 1 : 0))) / 8

const paeth = (left: number, up: number, upLeft: number) => {
  const p = left + up - upLeft
  const pa = Math.abs(p - left)
  const pb = Math.abs(p - up)
  const pc = Math.abs(p - upLeft)
  if (pa <= pb && pa <= pc) return left
  return pb <= pc ? up : upLeft
}

/**
 * The raw pixel bytes of a non-interlaced PNG with a bit depth of 8 or 16: the IDAT data
 * inflated and unfiltered, row after row, as pdfkit's PNG reader produces them.
 */
export const decodePixels = (png: PngFile): Uint8Array => {
  const bpp = pixelBytesOf(png)
  if (png.interlaced || !Number.isInteger(bpp)) throw new Error('Unsupported PNG layout')
  const data = inflateSync(png.imgData)
  const stride = png.width * bpp
  const pixels = new Uint8Array(stride * png.height)
  let pos = 0
  for (let row = 0; row < png.height && pos < data.length; row++) {
    const filter = data[pos++]
    const start = row * stride
    const above = start - stride
    for (let i = 0; i < stride; i++) {
      const byte = data[pos++]
      const left = i < bpp ? 0 : pixels[start + i - bpp]
      const up = row === 0 ? 0 : pixels[above + i]
      const upLeft = row === 0 || i < bpp ? 0 : pixels[above + i - bpp]
      let value: number
      switch (filter) {
        case 0:
          value = byte
          break
        case 1:
          value = byte + left
          break
        case 2:
          value = byte + up
          break
        case 3:
          value = byte + ((left + up) >> 1)
          break
        case 4:
          value = byte + paeth(left, up, upLeft)
          break
        default:
          throw new Error(`Invalid PNG filter: ${filter}`)
      }
      pixels[start + i] = value & 0xff
    }
  }
  return pixels
}

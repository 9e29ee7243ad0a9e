import type { PreparedPalettePng } from '../pdfkit-internals'
import { paletteAlpha } from './paletteAlpha'

const PALETTE = 3

/**
 * Prepares a PNG of the shape uploads are stored in (collections/Media/variants.ts: 8-bit
 * palette, not interlaced, transparency in a tRNS chunk), or returns undefined for any other
 * shape. Reads chunks as buffer slices, without decoding, except to build the soft mask of a
 * PNG with transparency. Only for bytes `readableFormat` accepted (complete, valid chunks).
 */
export const preparePalettePng = (data: Buffer): PreparedPalettePng | undefined => {
  let offset = 8
  let header: Buffer | undefined
  let palette: Buffer | undefined
  let alphaTable: Buffer | undefined
  const compressed: Buffer[] = []
  while (offset + 8 <= data.length) {
    const length = data.readUInt32BE(offset)
    const type = data.toString('latin1', offset + 4, offset + 8)
    const body = data.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      header = body
    } else if (type === 'PLTE') {
      palette = body
    } else if (type === 'tRNS') {
      alphaTable = body
    } else if (type === 'IDAT') {
      compressed.push(body)
    } else if (type === 'IEND') {
      break
    }
    offset += 12 + length
  }
  if (!header || !palette || header[8] !== 8 || header[9] !== PALETTE || header[12] !== 0) {
    return undefined
  }
  const width = header.readUInt32BE(0)
  const height = header.readUInt32BE(4)
  const indices = compressed.length === 1 ? compressed[0] : Buffer.concat(compressed)
  const alphaChannel = alphaTable && paletteAlpha(indices, width, height, alphaTable)
  return { width, height, indices, palette, alphaChannel }
}

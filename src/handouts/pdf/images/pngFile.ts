/**
 * A PNG's chunks read the way pdfkit's PNG reader (png-js) reads them, but with buffer slices
 * instead of a byte-by-byte copy: the fields pdfkit's image embedding needs, nothing decoded.
 * Only for bytes `readableFormat` accepted (a complete PNG with valid chunks).
 */

export type PngTransparency = {
  /** Colour type 3: alpha per palette index, padded with 255 to 255 entries as png-js does. */
  indexed?: number[]
  /** Colour type 0: the transparent grey level. */
  grayscale?: number
  /** Colour type 2: the transparent colour, as the chunk's bytes. */
  rgb?: number[]
}

export type PngFile = {
  width: number
  height: number
  bits: number
  colourType: number
  interlaced: boolean
  /** The PLTE chunk's bytes, or empty. */
  palette: Uint8Array
  transparency: PngTransparency
  /** The IDAT chunks' compressed data, concatenated. */
  imgData: Buffer
  /** 1 (grey or indexed) or 3 (RGB), not counting alpha. */
  colours: 1 | 3
  hasAlphaChannel: boolean
}

const transparencyOf = (colourType: number, body: Buffer): PngTransparency => {
  const bytes = [...body]
  switch (colourType) {
    case 3: {
      while (bytes.length < 255) bytes.push(255)
      return { indexed: bytes }
    }
    case 0:
      return { grayscale: bytes[0] }
    case 2:
      return { rgb: bytes }
    default:
      return {}
  }
}

export const readPng = (data: Buffer): PngFile => {
  let offset = 8
  let header: Buffer | undefined
  let palette: Uint8Array = new Uint8Array(0)
  let transparency: PngTransparency = {}
  const compressed: Buffer[] = []
  while (offset + 8 <= data.length) {
    const length = data.readUInt32BE(offset)
    const type = data.toString('latin1', offset + 4, offset + 8)
    const body = data.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') header = body
    else if (type === 'PLTE') palette = new Uint8Array(body)
    else if (type === 'IDAT') compressed.push(body)
    else if (type === 'tRNS' && header) transparency = transparencyOf(header[9], body)
    else if (type === 'IEND') break
    offset += 12 + length
  }
  if (!header) throw new Error('PNG without a header')
  const colourType = header[9]
  return {
    width: header.readUInt32BE(0),
    height: header.readUInt32BE(4),
    bits: header[8],
    colourType,
    interlaced: header[12] === 1,
    palette,
    transparency,
    imgData: Buffer.concat(compressed),
    colours: colourType === 2 || colourType === 6 ? 3 : 1,
    hasAlphaChannel: colourType === 4 || colourType === 6,
  }
}

import { inflateSync } from 'node:zlib'

/**
 * pdfkit trusts image bytes: a corrupt PNG can throw from a zlib callback (crashing the process)
 * or embed a broken stream. These checks read the file's structure first, so bad bytes are
 * skipped instead. The declared MIME type is ignored: the bytes say what they are.
 */

export type ImageFormat = 'png' | 'jpeg'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const MAX_PIXELS = 40_000_000

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  }
  return c >>> 0
})

const crc32 = (bytes: Uint8Array): number => {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  }
  return (crc ^ 0xffffffff) >>> 0
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

const readablePng = (data: Buffer): boolean => {
  if (!PNG_SIGNATURE.every((byte, i) => data[i] === byte)) {
    return false
  }
  let offset = 8
  let header:
    { width: number; height: number; depth: number; colour: number; interlace: number } | undefined
  let palette = false
  let ended = false
  const compressed: Buffer[] = []
  while (offset + 12 <= data.length && !ended) {
    const length = data.readUInt32BE(offset)
    const type = data.toString('latin1', offset + 4, offset + 8)
    const end = offset + 12 + length
    if (end > data.length) {
      return false
    }
    if (
      crc32(data.subarray(offset + 4, offset + 8 + length)) !==
      data.readUInt32BE(offset + 8 + length)
    ) {
      return false
    }
    const body = data.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR' && length === 13) {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        depth: body[8],
        colour: body[9],
        interlace: body[12],
      }
    } else if (!header) {
      return false
    }
    if (type === 'PLTE') {
      palette = true
    }
    if (type === 'IDAT') {
      compressed.push(body)
    }
    if (type === 'IEND') {
      ended = true
    }
    offset = end
  }
  if (!header || !ended || compressed.length === 0) {
    return false
  }
  const { width, height, depth, colour, interlace } = header
  const channels = CHANNELS[colour]
  if (!channels || ![1, 2, 4, 8, 16].includes(depth) || interlace > 1) {
    return false
  }
  if (width === 0 || height === 0 || width * height > MAX_PIXELS) {
    return false
  }
  if (colour === 3 && !palette) {
    return false
  }
  try {
    const pixels = inflateSync(Buffer.concat(compressed))
    const rowBytes = Math.ceil((width * channels * depth) / 8)
    return interlace === 1 || pixels.length >= height * (rowBytes + 1)
  } catch {
    return false
  }
}

/** Start-of-frame markers pdfkit's JPEG reader accepts. */
const SOF_MARKERS = new Set([
  0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf,
])

const readableJpeg = (data: Buffer): boolean => {
  if (data[0] !== 0xff || data[1] !== 0xd8) {
    return false
  }
  let offset = 2
  while (offset + 4 <= data.length) {
    if (data[offset] !== 0xff) {
      return false
    }
    const marker = data[offset + 1]
    const length = data.readUInt16BE(offset + 2)
    if (SOF_MARKERS.has(marker)) {
      if (offset + 9 > data.length) {
        return false
      }
      const height = data.readUInt16BE(offset + 5)
      const width = data.readUInt16BE(offset + 7)
      return width > 0 && height > 0 && width * height <= MAX_PIXELS
    }
    offset += 2 + length
  }
  return false
}

/** The image's format when its bytes are a complete PNG or JPEG pdfkit can embed. */
export const readableFormat = (data: Uint8Array | undefined): ImageFormat | undefined => {
  if (!(data instanceof Uint8Array) || data.length < 16) {
    return undefined
  }
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (readablePng(bytes)) {
    return 'png'
  }
  if (readableJpeg(bytes)) {
    return 'jpeg'
  }
  return undefined
}

import { deflateSync, inflateSync } from 'node:zlib'

const paeth = (left: number, up: number, upLeft: number) => {
  const p = left + up - upLeft
  const pa = Math.abs(p - left)
  const pb = Math.abs(p - up)
  const pc = Math.abs(p - upLeft)
  if (pa <= pb && pa <= pc) {
    return left
  }
  return pb <= pc ? up : upLeft
}

/** What PNG row filter `filter` adds back to a byte, from its neighbours. */
const predict = (filter: number, left: number, up: number, upLeft: number): number => {
  switch (filter) {
    case 0:
      return 0
    case 1:
      return left
    case 2:
      return up
    case 3:
      return (left + up) >> 1
    case 4:
      return paeth(left, up, upLeft)
    default:
      throw new Error(`Invalid PNG filter: ${filter}`)
  }
}

/** The palette indices of an 8-bit palette PNG: its IDAT data inflated and unfiltered. */
const unfilteredIndices = (compressed: Buffer, width: number, height: number): Uint8Array => {
  const data = inflateSync(compressed)
  const indices = new Uint8Array(width * height)
  let pos = 0
  for (let row = 0; row < height && pos < data.length; row++) {
    const filter = data[pos++]
    const start = row * width
    for (let i = 0; i < width; i++) {
      const left = i === 0 ? 0 : indices[start + i - 1]
      const up = row === 0 ? 0 : indices[start - width + i]
      const upLeft = row === 0 || i === 0 ? 0 : indices[start - width + i - 1]
      indices[start + i] = (data[pos++] + predict(filter, left, up, upLeft)) & 0xff
    }
  }
  return indices
}

/**
 * The deflated soft mask of an 8-bit palette PNG: each pixel's alpha from the tRNS table
 * (entries past its end are opaque).
 */
export const paletteAlpha = (
  compressed: Buffer,
  width: number,
  height: number,
  table: Uint8Array,
): Buffer => {
  const indices = unfilteredIndices(compressed, width, height)
  const alpha = new Uint8Array(indices.length)
  for (let i = 0; i < indices.length; i++) {
    alpha[i] = table[indices[i]] ?? 255
  }
  return deflateSync(alpha)
}

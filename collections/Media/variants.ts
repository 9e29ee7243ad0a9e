import type { ImageSize } from 'payload'
import sharp from 'sharp'

/**
 * The stored sizes handouts use, one shape for both: an 8-bit palette PNG in sRGB, not
 * interlaced, transparency kept (a tRNS chunk). Sharp's output is sRGB at 8 bits whatever came
 * in (greyscale, 16-bit, CMYK with or without a profile); the palette keeps illustrations
 * small and is the shape the PDF renderer embeds without decoding.
 *
 * - `print`: 1200 px wide, the widest a handout draws an image (a full A4 or Letter column,
 *   6.8–7 in) at 170–180 dpi; a technique card's illustration (2.6 in wide, 4.6 in in large
 *   print) gets 260–470 dpi.
 * - `email`: 1104 px, twice the 552 px content column of the message, for sharp screens.
 */
export const variantWidths = { print: 1200, email: 1104 } as const

export type VariantName = keyof typeof variantWidths

/**
 * `quality: 95`: libimagequant keeps to as few of the 256 colours as reach that quality, which
 * for the library's illustrations (flat colours, anti-aliased edges) is a third fewer bytes than
 * all 256 with no difference to see at 4× zoom; a photograph keeps more. Every message carries
 * each picture twice (inline and in its PDF), so this is a fifth of a message's size.
 */
const variantPng = {
  compressionLevel: 9,
  palette: true,
  colours: 256,
  quality: 95,
  progressive: false,
}

export const imageVariants: ImageSize[] = Object.entries(variantWidths).map(([name, width]) => ({
  name,
  width,
  withoutEnlargement: true,
  formatOptions: { format: 'png', options: variantPng },
}))

export type NormalisedImage = { data: Buffer; width: number; height: number }

/** What Payload makes for an upload's variant, made in memory (as Payload does: EXIF-rotated). */
export const normaliseImage = async (
  bytes: Buffer,
  variant: VariantName,
): Promise<NormalisedImage> => {
  const { data, info } = await sharp(bytes)
    .rotate()
    .resize({ width: variantWidths[variant], withoutEnlargement: true })
    .png(variantPng)
    .toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/**
 * The pixel size of bytes already in the variant's shape (read from the PNG header), or
 * undefined for anything else: another format, bit depth or colour type, interlaced, or wider
 * than the variant.
 */
export const variantShapeOf = (
  bytes: Uint8Array,
  variant: VariantName,
): { width: number; height: number } | undefined => {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (data.length < 33 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) {
    return undefined
  }
  if (data.toString('latin1', 12, 16) !== 'IHDR') {
    return undefined
  }
  const width = data.readUInt32BE(16)
  const height = data.readUInt32BE(20)
  const [depth, colourType, , , interlace] = data.subarray(24, 29)
  const shaped = depth === 8 && colourType === 3 && interlace === 0
  return shaped && width <= variantWidths[variant] ? { width, height } : undefined
}

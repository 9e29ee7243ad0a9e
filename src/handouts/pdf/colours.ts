/** Colour arithmetic for branding: tints for backgrounds, and text colours that stay readable. */

type Rgb = [number, number, number]

const FALLBACK_BRAND = '#2E6F62'

const parseHex = (hex: string): Rgb | undefined => {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!match) return undefined
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1]
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as Rgb
}

/** A hex colour's channels (0 to 255); black when the colour is malformed. */
export const rgbOf = (hex: string): Rgb => parseHex(hex) ?? [0, 0, 0]

const toHex = (rgb: Rgb): string =>
  '#' +
  rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')

const channel = (c: number) => {
  const s = c / 255
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

const luminance = ([r, g, b]: Rgb) =>
  0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

/** WCAG contrast ratio of two colours. */
const contrastRatio = (a: string, b: string): number => {
  const la = luminance(parseHex(a) ?? [0, 0, 0])
  const lb = luminance(parseHex(b) ?? [255, 255, 255])
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

/** A valid hex colour: the given one, or the fallback when the clinic's setting is malformed. */
export const brandColour = (hex: string | undefined, fallback = FALLBACK_BRAND): string => {
  const rgb = hex ? parseHex(hex) : undefined
  return rgb ? toHex(rgb) : fallback
}

/** The colour mixed with white: amount 0 is white, 1 is the colour itself. */
export const tint = (hex: string, amount: number): string => {
  const rgb = parseHex(hex) ?? [0, 0, 0]
  return toHex(rgb.map((c) => 255 - (255 - c) * amount) as Rgb)
}

/** The colour darkened step by step until text in it reaches the ratio against the background. */
export const readableOn = (hex: string, background = '#FFFFFF', ratio = 4.5): string => {
  let rgb = parseHex(hex) ?? [0, 0, 0]
  for (let step = 0; step < 20 && contrastRatio(toHex(rgb), background) < ratio; step++) {
    rgb = rgb.map((c) => c * 0.88) as Rgb
  }
  return toHex(rgb)
}

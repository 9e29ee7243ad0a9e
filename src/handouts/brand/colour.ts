import type { Branding } from '../document'

/**
 * The clinic's colours as both renderers use them, so the PDF and the email never disagree:
 * text in a brand colour and text on a brand fill reach WCAG AA contrast (4.5:1) whatever
 * colour the clinic chose.
 */

type Rgb = [number, number, number]

export const MIN_CONTRAST = 4.5

export const WHITE = '#FFFFFF'
const BLACK = '#000000'
/** The handouts' dark text colour. */
export const INK = '#1B1F24'

export const DEFAULT_PRIMARY = '#2E6F62'
export const DEFAULT_ACCENT = '#C8643B'

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i

/** `#RRGGBB` for a valid hex colour (3 or 6 digits, `#` optional), otherwise undefined. */
export const normaliseHex = (colour: unknown): string | undefined => {
  const match = HEX.exec(typeof colour === 'string' ? colour.trim() : '')
  if (!match) {
    return undefined
  }
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1]
  return `#${digits.toUpperCase()}`
}

/** A hex colour's channels (0 to 255); black when the colour is malformed. */
export const rgbOf = (hex: string): Rgb => {
  const valid = normaliseHex(hex) ?? BLACK
  return [1, 3, 5].map((i) => parseInt(valid.slice(i, i + 2), 16)) as Rgb
}

const toHex = (rgb: Rgb): string =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`.toUpperCase()

const mix = (hex: string, other: string, amount: number): string => {
  const [a, b] = [rgbOf(hex), rgbOf(other)]
  return toHex(a.map((c, i) => c + (b[i] - c) * amount) as Rgb)
}

/** The colour washed into white: strength 0 is white, 1 the colour itself. */
export const tint = (hex: string, strength: number): string => mix(WHITE, hex, strength)

const luminance = (hex: string): number => {
  const [r, g, b] = rgbOf(hex).map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG contrast ratio, 1 to 21. */
export const contrast = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

/** The colour, darkened just enough to read as text on a light `background`. */
export const readableOn = (hex: string, background: string): string => {
  let colour = hex
  for (let step = 1; contrast(colour, background) < MIN_CONTRAST && step <= 20; step += 1) {
    colour = mix(hex, BLACK, step * 0.05)
  }
  return colour
}

/** Text on a fill of `background`: white or ink, whichever reads better; black where neither reads. */
export const textOn = (background: string): string => {
  const better = contrast(WHITE, background) >= contrast(INK, background) ? WHITE : INK
  return contrast(better, background) >= MIN_CONTRAST ? better : BLACK
}

export type BrandColours = {
  /** The clinic's colour as set (or the default when the setting is not a colour): fills, rules. */
  primary: string
  /** A light wash of it, for panels. */
  primaryTint: string
  /** Text in the clinic's colour: darkened where needed to read on white and on the wash. */
  primaryText: string
  /** Text on a fill of the clinic's colour (a card's number badge). */
  onPrimary: string
  accent: string
  accentTint: string
  accentText: string
}

/** The clinic's two colours and the text colours that go with them, for every renderer. */
export const brandColours = ({
  primaryColour,
  accentColour,
}: Pick<Branding, 'primaryColour' | 'accentColour'>): BrandColours => {
  const primary = normaliseHex(primaryColour) ?? DEFAULT_PRIMARY
  const accent = normaliseHex(accentColour) ?? DEFAULT_ACCENT
  const primaryTint = tint(primary, 0.08)
  const accentTint = tint(accent, 0.12)
  return {
    primary,
    primaryTint,
    primaryText: readableOn(primary, primaryTint),
    onPrimary: textOn(primary),
    accent,
    accentTint,
    accentText: readableOn(accent, accentTint),
  }
}

type Rgb = [number, number, number]

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i

/** `#RRGGBB` for a valid hex colour (3 or 6 digits, `#` optional), otherwise `undefined`. */
export const normaliseHex = (colour: string | undefined): string | undefined => {
  const match = HEX.exec((colour ?? '').trim())
  if (!match) {
    return undefined
  }
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1]
  return `#${digits.toUpperCase()}`
}

const toRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb

const toHex = (rgb: Rgb): string =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`.toUpperCase()

/** `amount` 0 keeps the colour, 1 gives `other`. */
export const mix = (hex: string, other: string, amount: number): string => {
  const [a, b] = [toRgb(hex), toRgb(other)]
  return toHex(a.map((c, i) => c + (b[i] - c) * amount) as Rgb)
}

const luminance = (hex: string): number => {
  const [r, g, b] = toRgb(hex).map((c) => {
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

/** The colour, darkened just enough to read as text on `background` (WCAG AA, 4.5:1). */
export const readableOn = (hex: string, background: string): string => {
  let colour = hex
  for (let step = 1; contrast(colour, background) < 4.5 && step <= 20; step += 1) {
    colour = mix(hex, '#000000', step * 0.05)
  }
  return colour
}

/** White or near-black, whichever reads better on `background`. */
export const textOn = (background: string, dark: string): string =>
  contrast('#FFFFFF', background) >= contrast(dark, background) ? '#FFFFFF' : dark

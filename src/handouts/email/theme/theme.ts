import { brandColours, WHITE } from '../../brand/colour'
import type { HandoutDocument } from '../../document'

const INK = '#22302C'

export const FONT_STACK = 'Arial, Helvetica, sans-serif'

/** The container's width, its side padding, and what that leaves for content. */
export const CONTAINER_WIDTH = 600
export const GUTTER = 24
export const CONTENT_WIDTH = CONTAINER_WIDTH - 2 * GUTTER

export type Theme = {
  colours: {
    page: string
    surface: string
    ink: string
    muted: string
    rule: string
    primary: string
    /** Text on a `primary` background. */
    onPrimary: string
    /** The primary colour, darkened where needed to read as text on white and on its tint. */
    primaryText: string
    primaryTint: string
    accent: string
    accentText: string
    accentTint: string
    warningBorder: string
    warningTint: string
    warningText: string
  }
  type: { base: number; line: number; small: number; smallLine: number; title: number }
}

/**
 * Colours from the clinic's branding (invalid hex falls back to defaults, so nothing but a
 * colour ever reaches a style attribute), and type sizes from the layout's large-print flag.
 */
export const themeFor = (doc: HandoutDocument): Theme => {
  const brand = brandColours(doc.branding)
  const large = doc.layout.largePrint
  return {
    colours: {
      page: '#F3F1EC',
      surface: WHITE,
      ink: INK,
      muted: '#5B6864',
      rule: '#E2E5E1',
      primary: brand.primary,
      onPrimary: brand.onPrimary,
      primaryText: brand.primaryText,
      primaryTint: brand.primaryTint,
      accent: brand.accent,
      accentText: brand.accentText,
      accentTint: brand.accentTint,
      warningBorder: '#B5532A',
      warningTint: '#FDF3EC',
      warningText: '#8A2E0A',
    },
    type: large
      ? { base: 20, line: 30, small: 17, smallLine: 25, title: 32 }
      : { base: 16, line: 24, small: 14, smallLine: 21, title: 26 },
  }
}

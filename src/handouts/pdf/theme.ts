import type { Branding } from '../document'
import { brandColours, INK, tint } from '../brand/colour'

/** How a piece of text looks: size in points, line height as a multiple of the size. */
export type TextStyle = {
  size: number
  leading: number
  bold: boolean
  italic: boolean
  colour: string
  /** Space above, collapsing with the space below the piece before (the larger wins). */
  spaceBefore: number
  spaceAfter: number
}

export type Palette = {
  text: string
  muted: string
  rule: string
  /** The clinic's colour, darkened if needed so text in it passes WCAG AA. */
  primary: string
  primaryFill: string
  /** Text on a `primaryFill` background. */
  onPrimary: string
  accent: string
  accentFill: string
  link: string
  cardFill: string
  cardBorder: string
  warning: string
  warningFill: string
  warningBorder: string
  tipFill: string
  tipBorder: string
  noteFill: string
  noteBar: string
  noteText: string
  subtleFill: string
}

export type StyleName =
  | 'title'
  | 'subtitle'
  | 'metaLabel'
  | 'metaValue'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'paragraph'
  | 'quote'
  | 'listItem'
  | 'caption'
  | 'cardName'
  | 'cardSummary'
  | 'cardLabel'
  | 'cardText'
  | 'dosageLabel'
  | 'dosageValue'
  | 'calloutTitle'
  | 'calloutText'
  | 'resourceTitle'
  | 'resourceText'
  | 'signature'
  | 'contactLine'
  | 'disclaimer'
  | 'furniture'
  | 'furnitureStrong'
  | 'missingImage'

export type Theme = {
  largePrint: boolean
  palette: Palette
  style: (name: StyleName) => TextStyle
  /** Body text size: the unit most spacing is measured in. */
  bodySize: number
}

const palette = (branding: Branding): Palette => {
  const brand = brandColours(branding)
  return {
    text: INK,
    muted: '#4A525C',
    rule: '#D5DAE0',
    primary: brand.primaryText,
    primaryFill: brand.primary,
    onPrimary: brand.onPrimary,
    accent: brand.accentText,
    accentFill: brand.accent,
    link: brand.primaryText,
    cardFill: tint(brand.primary, 0.045),
    cardBorder: tint(brand.primary, 0.32),
    warning: '#A3190F',
    warningFill: '#FDF0EE',
    warningBorder: '#D92D20',
    tipFill: brand.accentTint,
    tipBorder: brand.accent,
    noteFill: '#FFF6DB',
    noteBar: '#E2A300',
    noteText: '#5C4200',
    subtleFill: '#F3F4F6',
  }
}

type Sizes = Record<StyleName, Omit<TextStyle, 'colour'> & { colour: keyof Palette }>

/**
 * The style table. Regular print follows patient-education practice (11–12 pt sans, 1.45 line
 * height); large print follows APH/RNIB guidance: 18 pt body, nothing under 16 pt, no italics,
 * generous line spacing.
 */
const sizes = (large: boolean): Sizes => {
  const body = large ? 18 : 11.5
  const small = large ? 16 : 9.5
  const leading = large ? 1.5 : 1.45
  const text = { bold: false, italic: false, leading, spaceBefore: 0, spaceAfter: 0 }
  const paragraph = { ...text, size: body, colour: 'text' as const, spaceAfter: body * 0.75 }
  const heading = (size: number, before: number) => ({
    ...text,
    size,
    bold: true,
    leading: 1.22,
    colour: 'primary' as const,
    spaceBefore: before,
    spaceAfter: body * 0.4,
  })
  return {
    title: { ...heading(large ? 34 : 25, 0), leading: 1.15, spaceAfter: large ? 8 : 4 },
    subtitle: { ...text, size: large ? 22 : 14, colour: 'muted', leading: 1.3, spaceAfter: 12 },
    metaLabel: { ...text, size: small, colour: 'muted', leading: 1.25 },
    metaValue: { ...text, size: body, bold: true, colour: 'text', leading: 1.3 },
    heading1: heading(large ? 30 : 20, body * 1.6),
    heading2: heading(large ? 25 : 16, body * 1.4),
    heading3: heading(large ? 21 : 13.5, body * 1.1),
    paragraph,
    quote: { ...paragraph, italic: !large, colour: 'muted' },
    listItem: { ...paragraph, spaceAfter: body * 0.3 },
    caption: { ...text, size: small, colour: 'muted', leading: 1.35, spaceAfter: body * 0.75 },
    cardName: { ...text, size: large ? 24 : 15.5, bold: true, leading: 1.2, colour: 'text' },
    cardSummary: { ...text, size: body, colour: 'muted' },
    cardLabel: { ...text, size: small, bold: true, colour: 'primary', leading: 1.3 },
    cardText: { ...paragraph, spaceAfter: 0 },
    dosageLabel: { ...text, size: small, colour: 'muted', leading: 1.25 },
    dosageValue: { ...text, size: large ? 19 : 12, bold: true, colour: 'text', leading: 1.3 },
    calloutTitle: { ...text, size: large ? 21 : 13, bold: true, leading: 1.25, colour: 'text' },
    calloutText: { ...paragraph, spaceAfter: 0 },
    resourceTitle: { ...paragraph, bold: true, spaceAfter: 0 },
    resourceText: { ...paragraph, spaceAfter: 0 },
    signature: { ...paragraph, size: large ? 20 : 13, bold: true, spaceAfter: 2 },
    contactLine: { ...paragraph, colour: 'muted', leading: 1.35, spaceAfter: 0 },
    disclaimer: { ...text, size: large ? 16 : 9, colour: 'muted', leading: 1.4 },
    furniture: { ...text, size: large ? 14 : 8.5, colour: 'muted', leading: 1.3 },
    furnitureStrong: {
      ...text,
      size: large ? 15 : 10,
      bold: true,
      colour: 'primary',
      leading: 1.3,
    },
    missingImage: { ...text, size: small, colour: 'muted', leading: 1.35 },
  }
}

export const createTheme = (branding: Branding, largePrint: boolean): Theme => {
  const colours = palette(branding)
  const table = sizes(largePrint)
  return {
    largePrint,
    palette: colours,
    bodySize: table.paragraph.size,
    style: (name) => {
      const entry = table[name] ?? table.paragraph
      return { ...entry, colour: colours[entry.colour] }
    },
  }
}

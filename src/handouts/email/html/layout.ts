import { FONT_STACK, type Theme } from '../theme/theme'
import { type Markup, markup, type MarkupPart, style } from './markup'

type TextOptions = {
  size?: number
  line?: number
  colour?: string
  weight?: 'normal' | 'bold'
  italic?: boolean
  align?: 'left' | 'right' | 'center'
}

/** Font, size and line height spelled out on each element, as Outlook and Gmail need. */
export const textStyle = (theme: Theme, options: TextOptions = {}): Markup =>
  style({
    margin: '0',
    'font-family': FONT_STACK,
    'font-size': options.size ?? theme.type.base,
    'line-height': options.line ?? theme.type.line,
    'mso-line-height-rule': 'exactly',
    color: options.colour ?? theme.colours.ink,
    'font-weight': options.weight,
    'font-style': options.italic ? 'italic' : undefined,
    'text-align': options.align,
  })

/** A layout table: screen readers skip it, and no client adds spacing of its own. */
export const layoutTable = (rows: MarkupPart, border = 'collapse'): Markup =>
  markup`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:${border}">${rows}</table>`

/** Parts one under the other, `gap` pixels apart. */
export const stack = (parts: MarkupPart[], gap: number): Markup =>
  layoutTable(
    parts.map(
      (part, i) => markup`<tr><td style="padding-top:${i === 0 ? 0 : gap}px">${part}</td></tr>`,
    ),
  )

type BoxOptions = {
  background: string
  border?: string
  /** A thicker bar on one side, the side text starts on. */
  bar?: { colour: string; width: number; side: 'left' | 'right' }
  padding: number
  radius?: number
}

/** A one-cell table with its background given both as `bgcolor` and CSS, for every client. */
export const box = (content: MarkupPart, options: BoxOptions): Markup => {
  const cellStyle = style({
    padding: options.padding,
    'background-color': options.background,
    border: options.border ? `1px solid ${options.border}` : undefined,
    [`border-${options.bar?.side ?? 'left'}`]: options.bar
      ? `${options.bar.width}px solid ${options.bar.colour}`
      : undefined,
    'border-radius': options.radius,
  })
  return layoutTable(
    markup`<tr><td bgcolor="${options.background}" style="${cellStyle}">${content}</td></tr>`,
    'separate',
  )
}

/** Empty vertical space that Outlook keeps too. */
export const spacerRow = (height: number): Markup =>
  markup`<tr><td height="${height}" style="height:${height}px;font-size:0;line-height:0;mso-line-height-rule:exactly">&nbsp;</td></tr>`

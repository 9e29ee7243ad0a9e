import type { Block } from '../../../document'
import { FONT_STACK } from '../../theme/theme'
import type { HtmlContext } from '../context'
import { inlineHtml } from '../inline'
import { box, layoutTable, stack, textStyle } from '../layout'
import { type Markup, markup, multilineText, style } from '../markup'
import { bulletsHtml } from './bullets'

type Callout = Extract<Block, { type: 'callout' }>
type Mark = { text: string; colour: string; background: string }

const MARK = 24

/** The title after a round mark ("!" or "i"; square in Outlook, which is fine). */
const titleRow = (title: string, mark: Mark, colour: string, context: HtmlContext): Markup => {
  const { theme, start } = context
  const markCss = style({
    width: MARK,
    height: MARK,
    'background-color': mark.background,
    'border-radius': MARK / 2,
    'font-family': FONT_STACK,
    'font-size': 15,
    'line-height': MARK,
    'mso-line-height-rule': 'exactly',
    'font-weight': 'bold',
    color: mark.colour,
    'text-align': 'center',
  })
  const titleCss = textStyle(theme, { size: theme.type.base + 1, weight: 'bold', colour })
  const titleCell = style({ [`padding-${start}`]: 10 })
  return layoutTable(
    markup`<tr><td width="${MARK}" height="${MARK}" valign="middle" align="center" bgcolor="${mark.background}" style="${markCss}">${mark.text}</td><td valign="middle" style="${titleCell}"><p style="${titleCss}">${multilineText(title)}</p></td></tr>`,
  )
}

const contentParts = (callout: Callout, context: HtmlContext): Markup[] => [
  ...(callout.items?.length ? [bulletsHtml(callout.items, context)] : []),
  ...(callout.children?.length
    ? [markup`<p style="${textStyle(context.theme)}">${inlineHtml(callout.children, context)}</p>`]
    : []),
]

/**
 * The "Stop and call us if…" safety box: a terracotta title band over a pale tint, framed, so
 * it is the one thing in the email that cannot be missed, without the alarm of bright red.
 */
const warningHtml = (callout: Callout, context: HtmlContext): Markup => {
  const { colours } = context.theme
  const edge = colours.warningBorder
  const band = titleRow(
    callout.title,
    { text: '!', colour: edge, background: '#FFFFFF' },
    '#FFFFFF',
    context,
  )
  const content = contentParts(callout, context)
  const body = content.length
    ? markup`<tr><td bgcolor="${colours.warningTint}" style="background-color:${colours.warningTint};padding:16px 18px;border-radius:0 0 7px 7px">${stack(content, 10)}</td></tr>`
    : ''
  const bandRadius = content.length ? '7px 7px 0 0' : '7px'
  return markup`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:separate;border:1px solid ${edge};border-radius:8px"><tr><td bgcolor="${edge}" style="background-color:${edge};padding:12px 18px;border-radius:${bandRadius}">${band}</td></tr>${body}</table>`
}

/** A tip: a light tint of the clinic's colour, with a bar on the side text starts on. */
const tipHtml = (callout: Callout, context: HtmlContext): Markup => {
  const { colours } = context.theme
  const mark = { text: 'i', colour: colours.onPrimary, background: colours.primary }
  const title = titleRow(callout.title, mark, colours.primaryText, context)
  return box(stack([title, ...contentParts(callout, context)], 10), {
    background: colours.primaryTint,
    bar: { colour: colours.primary, width: 4, side: context.start },
    padding: 18,
    radius: 6,
  })
}

export const calloutHtml = (callout: Callout, context: HtmlContext): Markup =>
  callout.tone === 'warning' ? warningHtml(callout, context) : tipHtml(callout, context)

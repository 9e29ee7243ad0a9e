import type { HandoutDocument } from '../../document'
import { FONT_STACK, GUTTER } from '../theme/theme'
import type { HtmlContext } from './context'
import { layoutTable, textStyle } from './layout'
import { type Markup, markup, style } from './markup'
import { openProgramLabels } from '../openProgramLabels'

/**
 * The "Open your program" button under the title, to the patient's own program page: a
 * bulletproof button (a link in a coloured cell) that every client draws.
 */
export const openProgramRow = (doc: HandoutDocument, context: HtmlContext): Markup => {
  const href = doc.meta.programLink
  if (!href) {
    return markup``
  }
  const { theme } = context
  const { primary, onPrimary } = theme.colours
  const linkCss = style({
    display: 'inline-block',
    padding: '14px 28px',
    'font-family': FONT_STACK,
    'font-size': theme.type.base + 1,
    'font-weight': 'bold',
    'line-height': theme.type.line,
    color: onPrimary,
    'text-decoration': 'none',
    'border-radius': 6,
  })
  const noteCss = textStyle(theme, {
    size: theme.type.small,
    line: theme.type.smallLine,
    colour: theme.colours.muted,
  })
  const button = layoutTable(
    markup`<tr><td bgcolor="${primary}" style="background-color:${primary};border-radius:6px"><a href="${href}" target="_blank" style="${linkCss}">${openProgramLabels.button}</a></td></tr>`,
    'separate',
  )
  return markup`<tr><td class="gutter" style="padding:24px ${GUTTER}px 0"><table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td>${button}</td></tr></table><p style="${noteCss};padding-top:8px">${openProgramLabels.note}</p></td></tr>`
}

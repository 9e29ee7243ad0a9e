import type { HtmlContext } from '../context'
import { textStyle } from '../layout'
import { type Markup, markup, multilineText, style } from '../markup'

/** A bulleted list of plain strings (cues, precautions, callout items). */
export const bulletsHtml = (items: string[], context: HtmlContext): Markup => {
  const listCss = style({
    margin: '0',
    [`margin-${context.start}`]: 22,
    padding: '0',
    'list-style-type': 'disc',
  })
  const itemCss = markup`${textStyle(context.theme)};margin:0 0 4px 0`
  const rows = items.map((item) => markup`<li style="${itemCss}">${multilineText(item)}</li>`)
  return markup`<ul style="${listCss}">${rows}</ul>`
}

import type { ListItem } from '../../../document'
import type { HtmlContext } from '../context'
import { inlineHtml } from '../inline'
import { textStyle } from '../layout'
import { type Markup, markup, style } from '../markup'

type List = { ordered: boolean; items: ListItem[] }

const markerStyle = (ordered: boolean, depth: number): string => {
  if (ordered) {
    return depth % 2 === 0 ? 'decimal' : 'lower-alpha'
  }
  return depth % 2 === 0 ? 'disc' : 'circle'
}

/**
 * Real `<ul>`/`<ol>` so screen readers announce a list; the indent is a margin on the start side
 * because Outlook ignores list padding.
 */
export const listHtml = (list: List, context: HtmlContext, depth = 0): Markup => {
  const { theme } = context
  const listCss = style({
    margin: depth === 0 ? '0' : '6px 0 0 0',
    [`margin-${context.start}`]: 24,
    padding: '0',
    'list-style-type': markerStyle(list.ordered, depth),
  })
  const itemCss = markup`${textStyle(theme)};margin:0 0 6px 0`
  const items = list.items.map((item) => {
    const sublist = item.sublist ? listHtml(item.sublist, context, depth + 1) : ''
    return markup`<li style="${itemCss}">${inlineHtml(item.children, context)}${sublist}</li>`
  })
  return list.ordered
    ? markup`<ol style="${listCss}">${items}</ol>`
    : markup`<ul style="${listCss}">${items}</ul>`
}

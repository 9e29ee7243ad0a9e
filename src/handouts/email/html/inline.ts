import type { Inline } from '../../document'
import { unknownInlineKind } from '../../unknownKind'
import { displayUrl, linkableUrl } from '../links'
import type { HtmlContext } from './context'
import { type Markup, markup, multilineText } from './markup'

type TextRun = Extract<Inline, { type: 'text' }>

const styledText = (run: TextRun): Markup => {
  let styled = multilineText(run.text)
  if (run.underline) {
    styled = markup`<u>${styled}</u>`
  }
  if (run.italic) {
    styled = markup`<em>${styled}</em>`
  }
  if (run.bold) {
    styled = markup`<strong>${styled}</strong>`
  }
  return styled
}

const inlineItem = (inline: Inline, context: HtmlContext, insideLink: boolean): Markup => {
  switch (inline.type) {
    case 'text':
      return styledText(inline)
    case 'lineBreak':
      return markup`<br>`
    case 'link': {
      const href = insideLink ? undefined : linkableUrl(inline.url)
      const children = inlineHtml(inline.children, context, insideLink || Boolean(href))
      if (!href) {
        return children
      }
      const label = children.value === '' ? displayUrl(href) : children
      const colour = context.theme.colours.primaryText
      return markup`<a href="${href}" target="_blank" style="color:${colour};text-decoration:underline">${label}</a>`
    }
    default:
      return unknownInlineKind(inline)
  }
}

/**
 * Inline content as HTML. A link becomes `<a>` only for http(s) or mailto URLs and never inside
 * another link; otherwise its text stands alone.
 */
export const inlineHtml = (inlines: Inline[], context: HtmlContext, insideLink = false): Markup =>
  markup`${inlines.map((inline) => inlineItem(inline, context, insideLink))}`

import type { Block } from '../../../document'
import type { HtmlContext } from '../context'
import { inlineHtml } from '../inline'
import { layoutTable, textStyle } from '../layout'
import { type Markup, markup, style } from '../markup'

type Paragraph = Extract<Block, { type: 'paragraph' }>
type Quote = Extract<Block, { type: 'quote' }>

export const paragraphHtml = (block: Paragraph, context: HtmlContext): Markup =>
  markup`<p style="${textStyle(context.theme)}">${inlineHtml(block.children, context)}</p>`

/** Italic, muted, behind a bar in the accent colour. */
export const quoteHtml = (block: Quote, context: HtmlContext): Markup => {
  const { theme, start } = context
  const barStyle = style({
    [`border-${start}`]: `4px solid ${theme.colours.accent}`,
    [`padding-${start}`]: 16,
  })
  const textCss = textStyle(theme, { italic: true, colour: theme.colours.muted })
  return layoutTable(
    markup`<tr><td style="${barStyle}"><blockquote style="${textCss}">${inlineHtml(block.children, context)}</blockquote></td></tr>`,
  )
}

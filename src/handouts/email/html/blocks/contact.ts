import type { Block } from '../../../document'
import type { HtmlContext } from '../context'
import { layoutTable, textStyle } from '../layout'
import { type Markup, markup, multilineText } from '../markup'

type Contact = Extract<Block, { type: 'contact' }>

/** The sign-off: who wrote the program and how to reach them. */
export const contactHtml = (block: Contact, context: HtmlContext): Markup => {
  const { theme } = context
  const signatureCss = textStyle(theme, { weight: 'bold' })
  const signature = block.signature
    ? markup`<p style="${signatureCss};padding-bottom:4px">${multilineText(block.signature)}</p>`
    : ''
  const lineCss = textStyle(theme, { colour: theme.colours.muted })
  const lines = block.lines.map((line) => markup`<p style="${lineCss}">${multilineText(line)}</p>`)
  return layoutTable(
    markup`<tr><td style="padding-top:16px;border-top:1px solid ${theme.colours.rule}">${signature}${lines}</td></tr>`,
  )
}

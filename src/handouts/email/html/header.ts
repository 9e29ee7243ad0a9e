import type { HandoutDocument } from '../../document'
import { bylineParts } from '../byline'
import { GUTTER } from '../theme/theme'
import { imageTag } from './blocks/image'
import type { HtmlContext } from './context'
import { layoutTable, textStyle } from './layout'
import { joinMarkup, type Markup, markup, multilineText, style } from './markup'

const LOGO_HEIGHT = 48
const LOGO_MAX_WIDTH = 200

/** The logo (at most 48px high) beside the clinic's name; either may be missing. */
const brandHtml = (doc: HandoutDocument, context: HtmlContext): Markup => {
  const { theme, start } = context
  const { logo, clinicName } = doc.branding
  const nameCss = textStyle(theme, {
    size: theme.type.base + 1,
    weight: 'bold',
    colour: theme.colours.primaryText,
  })
  const name = clinicName ? markup`<p style="${nameCss}">${clinicName}</p>` : markup``
  if (!logo) {
    return name
  }
  const proportionalWidth =
    logo.height > 0 ? (logo.width * LOGO_HEIGHT) / logo.height : LOGO_MAX_WIDTH
  const width = Math.round(Math.min(LOGO_MAX_WIDTH, proportionalWidth))
  const nameCell = style({ [`padding-${start}`]: 14 })
  return layoutTable(
    markup`<tr><td width="${width}" valign="middle" style="width:${width}px">${imageTag(logo, width, context)}</td><td valign="middle" style="${nameCell}">${name}</td></tr>`,
  )
}

const heroHtml = (doc: HandoutDocument, context: HtmlContext, language: string): Markup => {
  const { theme } = context
  const { colours, type } = theme
  const { title, subtitle } = doc.meta
  const titleCss = textStyle(theme, {
    size: type.title,
    line: type.title + 8,
    weight: 'bold',
    colour: colours.primaryText,
  })
  const subtitleCss = textStyle(theme, { size: type.base + 2, line: type.line + 2 })
  const bylineCss = textStyle(theme, {
    size: type.small,
    line: type.smallLine,
    colour: colours.muted,
  })
  const byline = bylineParts(doc, language)
  const parts = [
    title ? markup`<h1 style="${titleCss}">${multilineText(title)}</h1>` : '',
    subtitle
      ? markup`<p style="${subtitleCss};padding-top:6px">${multilineText(subtitle)}</p>`
      : '',
    byline.length
      ? markup`<p style="${bylineCss};padding-top:10px">${joinMarkup(byline, markup` &middot; `)}</p>`
      : '',
  ]
  return markup`${parts}`
}

/** Rows of the card's top: a band of the clinic colour, the brand, then title and byline. */
export const headerRows = (
  doc: HandoutDocument,
  context: HtmlContext,
  language: string,
): Markup => {
  const { primary, primaryTint } = context.theme.colours
  return markup`<tr><td height="6" bgcolor="${primary}" style="height:6px;background-color:${primary};font-size:0;line-height:0;mso-line-height-rule:exactly">&nbsp;</td></tr><tr><td class="gutter" style="padding:22px ${GUTTER}px 18px">${brandHtml(doc, context)}</td></tr><tr><td class="gutter" bgcolor="${primaryTint}" style="background-color:${primaryTint};padding:28px ${GUTTER}px">${heroHtml(doc, context, language)}</td></tr>`
}

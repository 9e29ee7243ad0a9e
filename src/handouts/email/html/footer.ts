import type { Branding } from '../../document'
import type { Theme } from '../theme/theme'
import { textStyle } from './layout'
import { joinMarkup, type Markup, markup, multilineText } from './markup'

/** Below the card, small and quiet: the clinic, how to reach it, the footer and the disclaimer. */
export const footerHtml = (branding: Branding, theme: Theme): Markup => {
  const { colours, type } = theme
  const small = {
    size: type.small - 1,
    line: type.smallLine - 2,
    colour: colours.muted,
    align: 'center' as const,
  }
  const nameCss = textStyle(theme, { ...small, weight: 'bold' })
  const smallCss = textStyle(theme, small)
  const disclaimerCss = textStyle(theme, { ...small, size: type.small - 2, italic: true })
  const contact = joinMarkup(branding.contactLines.map(multilineText), markup` &middot; `)
  const parts = [
    branding.clinicName ? markup`<p style="${nameCss}">${branding.clinicName}</p>` : '',
    contact.value ? markup`<p style="${smallCss};padding-top:4px">${contact}</p>` : '',
    branding.footer
      ? markup`<p style="${smallCss};padding-top:12px">${multilineText(branding.footer)}</p>`
      : '',
    branding.disclaimer
      ? markup`<p style="${disclaimerCss};padding-top:12px">${multilineText(branding.disclaimer)}</p>`
      : '',
  ]
  return markup`${parts}`
}

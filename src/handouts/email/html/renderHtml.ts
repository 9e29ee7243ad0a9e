import type { HandoutDocument } from '../../document'
import type { ImageRegistry } from '../images'
import { directionOf, languageTag } from '../../brand/language'
import { GUTTER, themeFor } from '../theme/theme'
import { blockHtml, spaceBefore } from './blocks'
import type { HtmlContext } from './context'
import { footerHtml } from './footer'
import { headerRows } from './header'
import { spacerRow } from './layout'
import { markup } from './markup'
import { openProgramRow } from './openProgram'
import { preheaderText } from './preheader'
import { shellHtml } from './shell'

/** The email's HTML part; the images it shows are registered in `images` as it goes. */
export const renderHtml = (doc: HandoutDocument, images: ImageRegistry, title: string): string => {
  const language = languageTag(doc.meta.language)
  const direction = directionOf(language)
  const theme = themeFor(doc)
  const context: HtmlContext = {
    theme,
    images,
    start: direction === 'rtl' ? 'right' : 'left',
    clinicianName: doc.meta.clinicianName,
  }
  const header = headerRows(doc, context, language)
  const body = doc.blocks.map((block, i) => {
    const top = spaceBefore(block, doc.blocks[i - 1])
    return markup`<tr><td class="gutter" dir="${direction}" style="padding:${top}px ${GUTTER}px 0;text-align:${context.start}">${blockHtml(block, context)}</td></tr>`
  })
  return shellHtml({
    language,
    direction,
    title,
    preheader: preheaderText(doc),
    theme,
    cardRows: markup`${header}${openProgramRow(doc, context)}${spacerRow(28)}${body}${spacerRow(32)}`,
    footer: footerHtml(doc.branding, theme),
  })
}

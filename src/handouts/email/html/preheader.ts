import type { HandoutDocument } from '../../document'
import { labels } from '../labels'
import { type Markup, markup, trustedMarkup } from './markup'

/** The line inbox lists show beside the subject. */
export const preheaderText = (doc: HandoutDocument): string => {
  const techniques = doc.blocks.filter((block) => block.type === 'techniqueCard').length
  const summary = [
    doc.meta.subtitle,
    doc.meta.patientName ? labels.preparedFor(doc.meta.patientName) : '',
    techniques ? labels.techniqueCount(techniques) : '',
  ]
    .map((part) => part?.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' · ')
  return summary || doc.meta.title.replace(/\s+/g, ' ').trim()
}

/** Keeps clients from filling the rest of the inbox preview with the start of the body. */
const INVISIBLE_PADDING = trustedMarkup('&#847;&zwnj;&nbsp;'.repeat(40))

/** Hidden in the body, shown only as the inbox preview. */
export const preheaderHtml = (text: string): Markup =>
  markup`<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all">${text}${INVISIBLE_PADDING}</div>`

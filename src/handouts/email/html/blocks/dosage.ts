import type { Block, DosageRow } from '../../../document'
import { dosageRowsToShow } from '../../../format/dosage'
import type { HtmlContext } from '../context'
import { layoutTable, textStyle } from '../layout'
import { type Markup, markup, multilineText, style } from '../markup'

type DosageTable = Extract<Block, { type: 'dosageTable' }>

/** Label on the start side, value beside it in bold, on a light tint of the clinic colour. */
export const dosageRowsHtml = (rows: DosageRow[], context: HtmlContext): Markup => {
  const { colours, type } = context.theme
  const small = { size: type.small, line: type.smallLine }
  const labelCss = textStyle(context.theme, { ...small, colour: colours.muted })
  const valueCss = textStyle(context.theme, { ...small, weight: 'bold' })
  const body = rows.map((row, i) => {
    const cellCss = style({
      padding: '8px 12px',
      'border-bottom': i === rows.length - 1 ? undefined : `1px solid ${colours.surface}`,
      'vertical-align': 'top',
    })
    return markup`<tr><td width="40%" style="${cellCss};width:40%"><p style="${labelCss}">${multilineText(row.label)}</p></td><td style="${cellCss}"><p style="${valueCss}">${multilineText(row.value)}</p></td></tr>`
  })
  return markup`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${colours.primaryTint}" style="border-collapse:separate;background-color:${colours.primaryTint};border-radius:8px">${body}</table>`
}

export const dosageTableHtml = (block: DosageTable, context: HtmlContext): Markup => {
  const captionCss = textStyle(context.theme, { weight: 'bold' })
  const caption = block.caption
    ? markup`<tr><td style="padding-bottom:8px"><p style="${captionCss}">${multilineText(block.caption)}</p></td></tr>`
    : ''
  const shown = dosageRowsToShow(block.rows)
  const rows = shown.length ? markup`<tr><td>${dosageRowsHtml(shown, context)}</td></tr>` : ''
  return layoutTable(markup`${caption}${rows}`)
}

import type { Block } from '../../../document'
import { dosageRowsToShow } from '../../../format/dosage'
import { labels } from '../../labels'
import { CONTENT_WIDTH, FONT_STACK } from '../../theme/theme'
import type { HtmlContext } from '../context'
import { box, layoutTable, stack, textStyle } from '../layout'
import { type Markup, markup, multilineText, style } from '../markup'
import { bulletsHtml } from './bullets'
import { dosageRowsHtml } from './dosage'
import { imageTag } from './image'
import { sectionLabel } from './sectionLabel'

type TechniqueCard = Extract<Block, { type: 'techniqueCard' }>

const CARD_PADDING = 20
const IMAGE_WIDTH = CONTENT_WIDTH - 2 * (CARD_PADDING + 1)
const BADGE = 36

/** The number in a circle (a square in Outlook), kept round by a table of its own. */
const badgeHtml = (number: number, context: HtmlContext): Markup => {
  const { colours } = context.theme
  const css = style({
    width: BADGE,
    height: BADGE,
    'background-color': colours.primary,
    'border-radius': BADGE / 2,
    'font-family': FONT_STACK,
    'font-size': 17,
    'line-height': BADGE,
    'mso-line-height-rule': 'exactly',
    'font-weight': 'bold',
    color: colours.onPrimary,
    'text-align': 'center',
  })
  return markup`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="border-collapse:separate"><tr><td width="${BADGE}" height="${BADGE}" align="center" valign="middle" bgcolor="${colours.primary}" style="${css}">${number}</td></tr></table>`
}

const titleRow = (card: TechniqueCard, context: HtmlContext): Markup => {
  const { theme, start } = context
  const { colours, type } = theme
  const nameCss = textStyle(theme, { size: type.base + 3, line: type.line + 2, weight: 'bold' })
  const summary = card.summary
    ? markup`<p style="${textStyle(theme, { colour: colours.muted })};padding-top:2px">${multilineText(card.summary)}</p>`
    : ''
  const nameCell = style({ [`padding-${start}`]: 14, 'padding-top': 6 })
  return layoutTable(
    markup`<tr><td width="${BADGE}" valign="top" style="width:${BADGE}px">${badgeHtml(card.number, context)}</td><td valign="top" style="${nameCell}"><h3 style="${nameCss}">${multilineText(card.name)}</h3>${summary}</td></tr>`,
  )
}

const stepsHtml = (steps: string[], context: HtmlContext): Markup => {
  const { theme, start } = context
  const numberCss = textStyle(theme, { weight: 'bold', colour: theme.colours.primaryText })
  const stepCell = style({ 'padding-bottom': 8, [`padding-${start}`]: 4 })
  const rows = steps.map(
    (step, i) =>
      markup`<tr><td width="28" valign="top" style="width:28px;padding-bottom:8px"><p style="${numberCss}">${i + 1}.</p></td><td valign="top" style="${stepCell}"><p style="${textStyle(theme)}">${multilineText(step)}</p></td></tr>`,
  )
  return markup`${sectionLabel(labels.steps, theme)}${layoutTable(rows)}`
}

/** The clinician's personal note, highlighted in the accent colour. */
const noteHtml = (note: string, context: HtmlContext): Markup => {
  const { theme, start } = context
  const { colours, type } = theme
  const labelCss = textStyle(theme, {
    size: type.small,
    line: type.smallLine,
    weight: 'bold',
    colour: colours.accentText,
  })
  return box(
    markup`<p style="${labelCss};padding-bottom:4px">${labels.noteFrom(context.clinicianName)}</p><p style="${textStyle(theme)}">${multilineText(note)}</p>`,
    {
      background: colours.accentTint,
      bar: { colour: colours.accent, width: 4, side: start },
      padding: 14,
      radius: 4,
    },
  )
}

/** A numbered technique: what it is, how to do it, how much, what to feel, what to avoid. */
export const techniqueCardHtml = (card: TechniqueCard, context: HtmlContext): Markup => {
  const { theme } = context
  const { colours } = theme
  const sections: Markup[] = [titleRow(card, context)]
  if (card.image) {
    sections.push(imageTag(card.image, IMAGE_WIDTH, context))
  }
  if (card.steps.length > 0) {
    sections.push(stepsHtml(card.steps, context))
  }
  const dosage = dosageRowsToShow(card.dosage)
  if (dosage.length > 0) {
    sections.push(markup`${sectionLabel(labels.dosage, theme)}${dosageRowsHtml(dosage, context)}`)
  }
  if (card.cues?.length) {
    sections.push(markup`${sectionLabel(labels.cues, theme)}${bulletsHtml(card.cues, context)}`)
  }
  if (card.precautions?.length) {
    const label = sectionLabel(labels.precautions, theme, colours.warningText)
    sections.push(markup`${label}${bulletsHtml(card.precautions, context)}`)
  }
  if (card.note) {
    sections.push(noteHtml(card.note, context))
  }
  return box(stack(sections, 18), {
    background: colours.surface,
    border: colours.rule,
    padding: CARD_PADDING,
    radius: 10,
  })
}

import type { Block } from '../../document'
import { dosageInWords, dosageRowsToShow } from '../../format/dosage'
import { labels } from '../labels'
import type { TextContext } from './context'
import { rule, wrap, wrapItems } from './wrap'

type TechniqueCard = Extract<Block, { type: 'techniqueCard' }>

/** Between dosage parts: "Duration: 5 min · Reps: 10". */
const DOSAGE_SEPARATOR = ' · '

/** A rule, the number and name, then each part indented under the name. */
export const techniqueCardText = (card: TechniqueCard, context: TextContext): string[] => {
  const number = `${card.number}. `
  const pad = ' '.repeat(number.length)
  const under = (text: string, marker = '') =>
    wrap(text, pad + marker, pad + ' '.repeat(marker.length))
  const section = (label: string, lines: string[]) => ['', `${pad}${label}:`, ...lines]
  const bullets = (items: string[]) => items.flatMap((item) => under(item, '- '))

  const lines = [rule('-'), ...wrap(card.name, number, pad)]
  if (card.summary) {
    lines.push(...under(card.summary))
  }
  if (card.image) {
    lines.push(...under(`[${labels.picture}: ${card.image.alt}]`))
  }
  if (card.steps.length) {
    lines.push(
      ...section(
        labels.steps,
        card.steps.flatMap((step, i) => under(step, `${i + 1}. `)),
      ),
    )
  }
  const dosage = dosageRowsToShow(card.dosage)
  if (dosage.length) {
    const pairs = dosage.map(dosageInWords)
    lines.push(...section(labels.dosage, wrapItems(pairs, DOSAGE_SEPARATOR, pad, pad)))
  }
  if (card.cues?.length) {
    lines.push(...section(labels.cues, bullets(card.cues)))
  }
  if (card.precautions?.length) {
    lines.push(...section(labels.precautions, bullets(card.precautions)))
  }
  if (card.note) {
    lines.push('', ...under(`${labels.noteFrom(context.clinicianName)}: ${card.note}`, '» '))
  }
  return lines
}

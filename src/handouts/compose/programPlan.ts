import { effectiveDosage, type Dosage } from '../../dosage/dosage'
import { idOf } from '../../relationships/idOf'
import type { Routine, Technique } from '../../payload-types'
import type { Block, DosageRow, ListItem } from '../document'
import { amountPhrase, dosageRows, schedulePhrase } from './dosageRows'
import { dosageInRoutine } from './routineDosage'
import type { PlannedTechnique } from './techniqueCards'

type Item = NonNullable<Routine['items']>[number]

/** One place a technique is used: a routine, or the techniques given on their own. */
type Use = { technique: Technique; dosage: Dosage; where: string; tip?: string; note?: string }

type Section = { title: string; intro?: string; uses: Use[] }

export type ProgramPlan = {
  /** Each routine as a short plan naming the cards by number, with its own dosage. */
  plan: Block<never>[]
  /** Each technique once, in the order first used, numbered from 1. */
  cards: PlannedTechnique[]
}

const sameSchedule = (uses: Use[]): Dosage => {
  const [first, ...rest] = uses.map((use) => schedulePhrase(use.dosage))
  return first && rest.every((phrase) => phrase === first)
    ? { frequency: uses[0].dosage.frequency, timeOfDay: uses[0].dosage.timeOfDay }
    : {}
}

const fullPhrase = (dosage: Dosage) =>
  [amountPhrase(dosage), schedulePhrase(dosage).toLowerCase()].filter(Boolean).join('; ')

/** What the card says about how much: the one dosage, or one line per routine when they differ. */
const cardRows = (uses: Use[]): DosageRow[] => {
  const phrases = uses.map((use) => fullPhrase(use.dosage))
  return phrases.every((phrase) => phrase === phrases[0])
    ? dosageRows(uses[0].dosage)
    : uses.flatMap((use, i) => (phrases[i] ? [{ label: use.where, value: phrases[i] }] : []))
}

const planLine = (use: Use, number: number, schedule: string): ListItem => {
  const amount = amountPhrase(use.dosage)
  const own = schedulePhrase(use.dosage)
  const details = [amount, own && own !== schedule ? own.toLowerCase() : ''].filter(Boolean)
  return {
    children: [
      { type: 'text', text: `${number} ${use.technique.name}`, bold: true },
      ...(details.length ? [{ type: 'text' as const, text: `: ${details.join('; ')}` }] : []),
      ...(use.tip
        ? [
            { type: 'lineBreak' as const },
            { type: 'text' as const, text: 'Tip: ', bold: true },
            { type: 'text' as const, text: use.tip },
          ]
        : []),
    ],
  }
}

/**
 * A home program's routines as plans and its techniques as cards, each technique explained
 * once. Inside a routine the routine's item sets the dosage and the technique's default fills
 * only what does not contradict it (see `dosageInRoutine`). Notes an editor wrote on a library
 * routine's items print as tips; the clinician's notes on the program's own items go on the card.
 */
export const programPlan = (
  routines: Routine[],
  extraItems: Item[],
  techniques: Map<number, Technique>,
): ProgramPlan => {
  const usesOf = (items: Item[], where: string, inRoutine: boolean): Use[] =>
    items.flatMap((item) => {
      const technique = techniques.get(idOf(item.technique) as number)
      if (!technique) {
        return []
      }
      const note = item.note?.trim() || undefined
      return [
        {
          technique,
          dosage: inRoutine
            ? dosageInRoutine(technique.defaultDosage, item.dosage)
            : effectiveDosage(technique.defaultDosage, item.dosage),
          where,
          ...(inRoutine ? { tip: note } : { note }),
        },
      ]
    })
  const sections: Section[] = routines.map((routine) => ({
    title: routine.totalMinutes
      ? `${routine.name}, about ${routine.totalMinutes} minutes`
      : routine.name,
    intro: routine.summary,
    uses: usesOf(routine.items ?? [], routine.name, true),
  }))
  const extraTitle = routines.length ? 'More for you' : 'What to do'
  sections.push({ title: extraTitle, uses: usesOf(extraItems, extraTitle, false) })

  const numbers = new Map<number, number>()
  const usesByTechnique = new Map<number, Use[]>()
  for (const use of sections.flatMap((section) => section.uses)) {
    if (!numbers.has(use.technique.id)) {
      numbers.set(use.technique.id, numbers.size + 1)
    }
    usesByTechnique.set(use.technique.id, [...(usesByTechnique.get(use.technique.id) ?? []), use])
  }

  const plan = sections
    .filter((section) => section.uses.length > 0)
    .flatMap((section): Block<never>[] => {
      const schedule = schedulePhrase(sameSchedule(section.uses))
      const intro = [section.intro, schedule ? `When: ${schedule}.` : ''].filter(Boolean).join(' ')
      return [
        { type: 'heading', level: 3, text: section.title },
        ...(intro
          ? [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: intro }] }]
          : []),
        {
          type: 'list',
          ordered: false,
          items: section.uses.map((use) =>
            planLine(use, numbers.get(use.technique.id) as number, schedule),
          ),
        },
      ]
    })
  const cards = [...usesByTechnique.values()].map((uses): PlannedTechnique => {
    const notes = [...new Set(uses.flatMap((use) => (use.note ? [use.note] : [])))]
    return {
      technique: uses[0].technique,
      rows: cardRows(uses),
      ...(notes.length ? { note: notes.join('\n') } : {}),
    }
  })
  return { plan, cards }
}

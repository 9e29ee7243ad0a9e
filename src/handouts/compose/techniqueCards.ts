import type { Technique } from '../../payload-types'
import { effectiveDosage, type Dosage } from '../../dosage/dosage'
import { idOf } from '../../relationships/idOf'
import type { Block, DosageRow } from '../document'
import type { ComposedImage, ComposeContext } from './context'
import { dosageRows } from './dosageRows'
import { loadImage, loadImages } from './images'

export type PlannedTechnique = {
  technique: Technique
  dosage?: Dosage | null
  /** How much, as the plan worked it out; without it, `dosage` over the technique's default. */
  rows?: DosageRow[]
  note?: string | null
}

type TechniqueCard = Extract<Block<ComposedImage>, { type: 'techniqueCard' }>

const texts = (rows: Array<{ text: string }> | null | undefined) =>
  (rows ?? []).map((row) => row.text).filter(Boolean)

/** Techniques by id, as the caller may read them (images as ids: techniqueCards loads them). */
export const loadTechniques = async (context: ComposeContext, ids: number[]) => {
  const unique = [...new Set(ids)]
  if (unique.length === 0) {
    return new Map<number, Technique>()
  }
  const { docs } = await context.reader.find({
    collection: 'techniques',
    where: { id: { in: unique } },
    limit: unique.length,
    depth: 0,
  })
  return new Map(docs.map((doc) => [doc.id, doc]))
}

/** One numbered card: illustration, plain steps, the dosage this patient does, the note. */
export const techniqueCard = async (
  context: ComposeContext,
  { technique, dosage, rows, note }: PlannedTechnique,
  number: number,
  images?: Map<number, ComposedImage>,
): Promise<TechniqueCard> => {
  const [firstImage] = technique.images ?? []
  const image =
    typeof firstImage === 'number' ? images?.get(firstImage) : await loadImage(context, firstImage)
  return {
    type: 'techniqueCard',
    number,
    name: technique.name,
    summary: technique.summary,
    ...(image ? { image } : {}),
    steps: texts(technique.steps),
    dosage: rows ?? dosageRows(effectiveDosage(technique.defaultDosage, dosage)),
    cues: texts(technique.cues),
    precautions: texts(technique.precautions),
    ...(note?.trim() ? { note: note.trim() } : {}),
  }
}

/** Cards for a run of planned techniques, numbered on from `firstNumber`; images read in one go. */
export const techniqueCards = async (
  context: ComposeContext,
  planned: PlannedTechnique[],
  firstNumber: number,
) => {
  const firstImageIds = planned.flatMap(({ technique }) => {
    const id = idOf(technique.images?.[0])
    return id === undefined ? [] : [id]
  })
  const images = await loadImages(context, firstImageIds)
  return Promise.all(
    planned.map((item, index) => techniqueCard(context, item, firstNumber + index, images)),
  )
}

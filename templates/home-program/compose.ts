import { loadBranding } from '../../src/handouts/compose/branding'
import { contactBlock } from '../../src/handouts/compose/contact'
import type {
  ComposeContext,
  ComposedDocument,
  ComposedImage,
} from '../../src/handouts/compose/context'
import { loadImages } from '../../src/handouts/compose/images'
import { resourceList } from '../../src/handouts/compose/resources'
import { safetyBox } from '../../src/handouts/compose/safety'
import { programPlan } from '../../src/handouts/compose/programPlan'
import { loadTechniques, techniqueCards } from '../../src/handouts/compose/techniqueCards'
import type { Block } from '../../src/handouts/document'
import { lexicalToBlocks, uploadIdsIn } from '../../src/handouts/lexical'
import type { Program, Routine } from '../../src/payload-types'
import { idOf, idsOf } from '../../src/relationships/idOf'
import { patientFacingTitle } from '../../src/patients/programTitle'

type Item = NonNullable<Routine['items']>[number]

const inOrder = <T extends { id: number }>(ids: number[], docs: T[]) => {
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/**
 * A patient's home program: who and when, the safety box built from the conditions' red flags
 * (first, so it is on page 1), a personal note, each routine as a short plan naming the
 * techniques by number with its own dosage, then each technique's card once, resources and how
 * to reach the clinic.
 */
export const composeHomeProgram = async (
  context: ComposeContext,
  programId: number,
): Promise<ComposedDocument> => {
  const { reader } = context
  const program: Program = await reader.findByID({
    collection: 'programs',
    id: programId,
    depth: 0,
    // The handout never shows the program's patient link record: no query for it.
    joins: false,
  })
  const patient = await reader.findByID({
    collection: 'patients',
    id: idOf(program.patient) as number,
    depth: 0,
  })
  const clinician = await reader.findByID({
    collection: 'users',
    id: idOf(program.clinician) as number,
    depth: 0,
    select: { name: true },
  })
  const conditionIds = idsOf(program.conditions)
  const routineIds = idsOf(program.routines)
  const [{ docs: conditions }, { docs: routines }, branding] = await Promise.all([
    reader.find({
      collection: 'conditions',
      where: { id: { in: conditionIds } },
      depth: 0,
      limit: 100,
    }),
    reader.find({
      collection: 'routines',
      where: { id: { in: routineIds } },
      depth: 0,
      limit: 100,
    }),
    loadBranding(context),
  ])
  const orderedConditions = inOrder(conditionIds, conditions)
  const orderedRoutines = inOrder(routineIds, routines)
  const allItems: Item[] = [
    ...orderedRoutines.flatMap((routine) => routine.items),
    ...(program.items ?? []),
  ]
  const techniques = await loadTechniques(
    context,
    allItems.map((item) => idOf(item.technique) as number),
  )
  const { plan, cards } = programPlan(orderedRoutines, program.items ?? [], techniques)

  const blocks: Block<ComposedImage>[] = []
  const firstName = patient.name.split(/\s+/)[0]
  blocks.push({
    type: 'paragraph',
    children: [
      {
        type: 'text',
        text: `${firstName}, this is your home program. Do these between visits, gently and at your own pace.`,
      },
    ],
  })
  blocks.push(
    safetyBox(
      orderedConditions.flatMap((condition) => condition.redFlags.map((flag) => flag.text)),
      branding,
      { breakable: true },
    ),
  )
  const notes = program.personalNotes as Parameters<typeof lexicalToBlocks>[0]
  const noteBlocks = lexicalToBlocks(notes, await loadImages(context, uploadIdsIn(notes)))
  if (noteBlocks.length) {
    blocks.push({ type: 'heading', level: 2, text: `A note from ${clinician.name}` }, ...noteBlocks)
  }
  if (cards.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Your plan' }, ...plan)
    blocks.push({ type: 'heading', level: 2, text: 'Your techniques' })
    blocks.push(...(await techniqueCards(context, cards, 1)))
  }

  blocks.push(
    ...(await resourceList(
      context,
      orderedConditions.flatMap((condition) => idsOf(condition.resources)),
    )),
  )
  blocks.push(contactBlock(branding, clinician.name))

  return {
    meta: {
      title: patientFacingTitle(program.title, patient.name),
      subtitle: orderedConditions.length
        ? `For ${orderedConditions.map((condition) => condition.name).join(', ')}`
        : undefined,
      language: patient.preferredLanguage,
      patientName: patient.name,
      clinicianName: clinician.name,
      date: (context.date ?? new Date()).toISOString().slice(0, 10),
      template: 'home-program',
    },
    branding,
    layout: { paper: context.paper, largePrint: context.largePrint ?? Boolean(program.largePrint) },
    blocks,
  }
}

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
import { loadTechniques, techniqueCards } from '../../src/handouts/compose/techniqueCards'
import type { Block } from '../../src/handouts/document'
import { lexicalToBlocks, uploadIdsIn } from '../../src/handouts/lexical'
import { idsOf } from '../../src/relationships/idOf'
import { isHomePurpose, THERAPIST_APPLIED } from '../../collections/vocabularies'

const bullets = (rows: Array<{ text: string }> | null | undefined): Block<ComposedImage>[] =>
  rows?.length
    ? [
        {
          type: 'list',
          ordered: false,
          items: rows.map((row) => ({ children: [{ type: 'text', text: row.text }] })),
        },
      ]
    : []

/**
 * Patient education for one condition: its red flags first (on page 1), what it is, symptoms,
 * how massage helps, techniques and routines to do at home, those done in the clinic (under a
 * heading that says so), resources and how to reach the clinic.
 */
export const composeConditionGuide = async (
  context: ComposeContext,
  conditionId: number,
): Promise<ComposedDocument> => {
  const { reader } = context
  const condition = await reader.findByID({
    collection: 'conditions',
    id: conditionId,
    depth: 0,
  })
  const branding = await loadBranding(context)
  const body = condition.body as Parameters<typeof lexicalToBlocks>[0]
  const techniqueIds = idsOf(condition.recommendedTechniques)
  const techniques = await loadTechniques(context, techniqueIds)
  const { docs: routines } = await reader.find({
    collection: 'routines',
    where: { id: { in: idsOf(condition.recommendedRoutines) } },
    depth: 1,
    limit: 50,
  })

  const blocks: Block<ComposedImage>[] = [
    { type: 'paragraph', children: [{ type: 'text', text: condition.summary }] },
    safetyBox(
      condition.redFlags.map((flag) => flag.text),
      branding,
      { breakable: true },
    ),
  ]
  const bodyBlocks = lexicalToBlocks(body, await loadImages(context, uploadIdsIn(body)))
  if (bodyBlocks.length) {
    blocks.push(
      { type: 'heading', level: 2, text: `What is ${condition.name.toLowerCase()}?` },
      ...bodyBlocks,
    )
  }
  if (condition.symptoms?.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Common signs' }, ...bullets(condition.symptoms))
  }
  if (condition.howMassageHelps?.length) {
    blocks.push(
      { type: 'heading', level: 2, text: 'How massage helps' },
      ...bullets(condition.howMassageHelps),
    )
  }
  const planned = techniqueIds.flatMap((id) => {
    const technique = techniques.get(id)
    return technique ? [{ technique }] : []
  })
  const atHome = planned.filter(({ technique }) => technique.kind !== THERAPIST_APPLIED)
  const inClinic = planned.filter(({ technique }) => technique.kind === THERAPIST_APPLIED)
  if (atHome.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Techniques you can do at home' })
    blocks.push(...(await techniqueCards(context, atHome, 1)))
  }
  const routineBlocks = (routine: (typeof routines)[number]): Block<ComposedImage>[] => [
    { type: 'heading', level: 3, text: routine.name },
    {
      type: 'paragraph',
      children: [
        {
          type: 'text',
          text: `${routine.summary}${routine.totalMinutes ? ` About ${routine.totalMinutes} minutes.` : ''}`,
        },
      ],
    },
    {
      type: 'list',
      ordered: true,
      items: routine.items.flatMap((item) =>
        typeof item.technique === 'object'
          ? [{ children: [{ type: 'text', text: item.technique.name }] }]
          : [],
      ),
    },
  ]
  const homeRoutines = routines.filter((routine) => isHomePurpose(routine.purpose))
  if (homeRoutines.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Routines you can do at home' })
    blocks.push(...homeRoutines.flatMap(routineBlocks))
  }
  const clinicRoutines = routines.filter((routine) => !isHomePurpose(routine.purpose))
  if (inClinic.length || clinicRoutines.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Done in the clinic by your therapist' })
    blocks.push({
      type: 'paragraph',
      children: [
        {
          type: 'text',
          text: 'Your therapist does these at your visits. They are not for you to do at home.',
        },
      ],
    })
    blocks.push(...(await techniqueCards(context, inClinic, atHome.length + 1)))
    blocks.push(...clinicRoutines.flatMap(routineBlocks))
  }
  blocks.push(...(await resourceList(context, idsOf(condition.resources))))
  blocks.push(contactBlock(branding))

  return {
    meta: {
      title: condition.name,
      subtitle: 'A guide for patients',
      language: 'en',
      date: (context.date ?? new Date()).toISOString().slice(0, 10),
      template: 'condition-guide',
    },
    branding,
    layout: { paper: context.paper, largePrint: context.largePrint ?? false },
    blocks,
  }
}

import { loadBranding } from '../../src/handouts/compose/branding'
import { contactBlock } from '../../src/handouts/compose/contact'
import type {
  ComposeContext,
  ComposedDocument,
  ComposedImage,
} from '../../src/handouts/compose/context'
import { loadImages } from '../../src/handouts/compose/images'
import { safetyBox } from '../../src/handouts/compose/safety'
import { techniqueCard } from '../../src/handouts/compose/techniqueCards'
import type { Block } from '../../src/handouts/document'
import { lexicalToBlocks, uploadIdsIn } from '../../src/handouts/lexical'

const labels: Record<string, string> = {
  swedish: 'Swedish massage',
  'deep-tissue': 'Deep tissue',
  specialised: 'Specialised technique',
  'self-massage': 'Self-massage',
  'clinic-applied': 'done by your therapist',
  'self-applied': 'you do it yourself',
}

/** A one-page card for one technique, with its default dosage, after the safety box. */
export const composeTechniqueCard = async (
  context: ComposeContext,
  techniqueId: number,
): Promise<ComposedDocument> => {
  const technique = await context.reader.findByID({
    collection: 'techniques',
    id: techniqueId,
    depth: 1,
  })
  const branding = await loadBranding(context)
  const body = technique.body as Parameters<typeof lexicalToBlocks>[0]
  // Safety first; the card then starts on page 1 under it rather than leaving page 1 blank.
  const card = { ...(await techniqueCard(context, { technique }, 1)), breakable: true }
  const blocks: Block<ComposedImage>[] = [safetyBox([], branding), card]
  const more = lexicalToBlocks(body, await loadImages(context, uploadIdsIn(body)))
  if (more.length) {
    blocks.push({ type: 'heading', level: 2, text: 'More about this technique' }, ...more)
  }
  blocks.push(contactBlock(branding))
  return {
    meta: {
      title: technique.name,
      subtitle: `${labels[technique.category]}, ${labels[technique.kind]}`,
      language: 'en',
      date: (context.date ?? new Date()).toISOString().slice(0, 10),
      template: 'technique-card',
    },
    branding,
    layout: { paper: context.paper, largePrint: context.largePrint ?? false },
    blocks,
  }
}

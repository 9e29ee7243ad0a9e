import type { Resource } from '../../payload-types'
import type { Block } from '../document'
import type { ComposeContext } from './context'

const kindWords: Record<Resource['kind'], string> = {
  article: 'Article',
  organisation: 'Organisation',
  course: 'Course',
  'support-group': 'Support group',
  'insurance-guidance': 'Paying for care',
  research: 'Research',
  'practitioner-guidance': 'Choosing a therapist',
}

/** Published resources (for this caller) as a list block, or nothing when there are none. */
export const resourceList = async (
  context: ComposeContext,
  ids: number[],
): Promise<Block<never>[]> => {
  const unique = [...new Set(ids)]
  if (unique.length === 0) {
    return []
  }
  const { docs } = await context.reader.find({
    collection: 'resources',
    where: { id: { in: unique } },
    limit: unique.length,
    depth: 0,
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const resources = unique.flatMap((id) => {
    const doc = byId.get(id)
    return doc
      ? [
          {
            title: doc.title,
            kind: kindWords[doc.kind],
            summary: doc.summary,
            url: doc.url ?? undefined,
          },
        ]
      : []
  })
  return resources.length ? [{ type: 'resourceList', title: 'To learn more', resources }] : []
}

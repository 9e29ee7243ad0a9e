import type { Payload } from 'payload'

import { clinic } from './data/clinic'
import { conditions, resources, routines, techniques, tools } from './data'
import { illustrationPng } from './illustrations'
import { toLexical } from './lexical'

type SluggedCollection = 'conditions' | 'techniques' | 'routines' | 'resources' | 'tools'

export type SeedReport = Record<
  SluggedCollection | 'media' | 'settings',
  { created: number; kept: number }
>

const emptyReport = (): SeedReport => ({
  tools: { created: 0, kept: 0 },
  media: { created: 0, kept: 0 },
  techniques: { created: 0, kept: 0 },
  resources: { created: 0, kept: 0 },
  conditions: { created: 0, kept: 0 },
  routines: { created: 0, kept: 0 },
  settings: { created: 0, kept: 0 },
})

/** Seeding writes as the system, and hooks may check `context.seeding` to skip side effects. */
const asSystem = { overrideAccess: true, context: { seeding: true } } as const

/**
 * Loads the starter library. Idempotent: a record whose slug (or image whose filename)
 * already exists is kept exactly as staff left it; only what is missing is created.
 */
export const seed = async (payload: Payload): Promise<SeedReport> => {
  const report = emptyReport()

  const idBySlug = async (collection: SluggedCollection, slug: string) => {
    const { docs } = await payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      draft: true,
      select: {},
    })
    return docs[0]?.id
  }

  const ensure = async (
    collection: SluggedCollection,
    slug: string,
    create: () => Promise<{ id: number }>,
  ): Promise<{ id: number; created: boolean }> => {
    const existing = await idBySlug(collection, slug)
    if (existing !== undefined) {
      report[collection].kept += 1
      return { id: existing, created: false }
    }
    const { id } = await create()
    report[collection].created += 1
    return { id, created: true }
  }

  const ids = async (collection: SluggedCollection, slugs: string[]) => {
    const found = await Promise.all(slugs.map((slug) => idBySlug(collection, slug)))
    return found.filter((id): id is number => id !== undefined)
  }

  /** Drawn only for a technique this run creates: an existing technique keeps its own images. */
  const createIllustration = async (
    slug: string,
    spec: Parameters<typeof illustrationPng>[0],
    alt: string,
  ) => {
    const png = await illustrationPng(spec)
    const media = await payload.create({
      collection: 'media',
      data: { alt },
      file: { data: png, mimetype: 'image/png', name: `technique-${slug}.png`, size: png.length },
      ...asSystem,
    })
    report.media.created += 1
    return media.id
  }

  for (const tool of tools) {
    await ensure('tools', tool.slug, () =>
      payload.create({
        collection: 'tools',
        data: { ...tool, choosingTips: tool.choosingTips.map((text) => ({ text })) },
        ...asSystem,
      }),
    )
  }

  for (const technique of techniques) {
    const { illustration, ...fields } = technique
    await ensure('techniques', technique.slug, async () =>
      payload.create({
        collection: 'techniques',
        data: {
          ...fields,
          _status: 'published',
          steps: fields.steps.map((text) => ({ text })),
          cues: fields.cues.map((text) => ({ text })),
          precautions: fields.precautions.map((text) => ({ text })),
          equipment: await ids('tools', fields.equipment),
          images: [
            await createIllustration(
              technique.slug,
              { bodyRegion: technique.bodyRegion, motion: illustration.motion },
              illustration.alt,
            ),
          ],
          body: toLexical(fields.body),
        },
        ...asSystem,
      }),
    )
  }

  for (const resource of resources) {
    await ensure('resources', resource.slug, () =>
      payload.create({
        collection: 'resources',
        data: { ...resource, _status: 'published', body: toLexical(resource.body) },
        ...asSystem,
      }),
    )
  }

  const newConditions: Array<{ id: number; routineSlugs: string[] }> = []
  for (const condition of conditions) {
    const { recommendedRoutines, ...fields } = condition
    const result = await ensure('conditions', condition.slug, async () =>
      payload.create({
        collection: 'conditions',
        data: {
          ...fields,
          _status: 'published',
          body: toLexical(fields.body),
          symptoms: fields.symptoms.map((text) => ({ text })),
          howMassageHelps: fields.howMassageHelps.map((text) => ({ text })),
          redFlags: fields.redFlags.map((text) => ({ text })),
          recommendedTechniques: await ids('techniques', fields.recommendedTechniques),
          resources: await ids('resources', fields.resources),
        },
        ...asSystem,
      }),
    )
    if (result.created) {
      newConditions.push({ id: result.id, routineSlugs: recommendedRoutines })
    }
  }

  for (const routine of routines) {
    await ensure('routines', routine.slug, async () =>
      payload.create({
        collection: 'routines',
        data: {
          ...routine,
          _status: 'published',
          items: await Promise.all(
            routine.items.map(async (item) => ({
              technique: (await idBySlug('techniques', item.technique)) as number,
              dosage: item.dosage ?? {},
              note: item.note,
            })),
          ),
          conditions: await ids('conditions', routine.conditions),
        },
        ...asSystem,
      }),
    )
  }

  // Conditions and routines point at each other: link the routines once both exist, and only
  // on conditions this run created, so a staff member's later choice is never overwritten.
  for (const condition of newConditions) {
    await payload.update({
      collection: 'conditions',
      id: condition.id,
      data: {
        recommendedRoutines: await ids('routines', condition.routineSlugs),
        _status: 'published',
      },
      ...asSystem,
    })
  }

  const settings = await payload.findGlobal({ slug: 'clinic-settings', depth: 0 })
  if (settings.name) {
    report.settings.kept += 1
  } else {
    await payload.updateGlobal({ slug: 'clinic-settings', data: clinic, ...asSystem })
    report.settings.created += 1
  }

  return report
}

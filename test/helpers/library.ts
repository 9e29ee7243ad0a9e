import sharp from 'sharp'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { uniqueName } from './fixtures'

export type ContentCollection = 'conditions' | 'techniques' | 'routines' | 'resources'

/** The least a publishable document of each content collection needs. */
const contentBuilders = {
  techniques: (): RequiredDataFromCollectionSlug<'techniques'> => ({
    name: uniqueName('Calf roll'),
    category: 'self-massage',
    kind: 'self-applied',
    bodyRegion: 'legs',
    summary: 'Roll your calf slowly on a foam roller.',
    steps: [{ text: 'Sit with the roller under your calf.' }, { text: 'Roll slowly.' }],
    defaultDosage: { durationMinutes: 2, frequency: 'daily' },
  }),
  resources: (): RequiredDataFromCollectionSlug<'resources'> => ({
    title: uniqueName('Support group'),
    kind: 'support-group',
    summary: 'Meet people who live with pain too.',
  }),
  routines: (techniqueId: number): RequiredDataFromCollectionSlug<'routines'> => ({
    name: uniqueName('Morning'),
    purpose: 'morning-stiffness',
    summary: 'A gentle start to the day.',
    items: [{ technique: techniqueId, dosage: { durationMinutes: 3 } }],
  }),
  conditions: (): RequiredDataFromCollectionSlug<'conditions'> => ({
    name: uniqueName('Back pain'),
    summary: 'Pain in the lower back.',
    redFlags: [{ text: 'Numbness in the groin.' }],
  }),
}

export function contentData<C extends ContentCollection>(
  collection: C,
  techniqueId?: number,
): RequiredDataFromCollectionSlug<C>
export function contentData(collection: ContentCollection, techniqueId = 0) {
  return contentBuilders[collection](techniqueId)
}

/** One published or draft record of each content collection, linked as staff would link them. */
export const createLibrary = async (payload: Payload, status: 'published' | 'draft') => {
  const draft = status === 'draft'
  const tool = await payload.create({
    collection: 'tools',
    data: { name: uniqueName('Ball'), summary: 'A firm ball for tight spots.' },
  })
  const technique = await payload.create({
    collection: 'techniques',
    draft,
    data: { ...contentData('techniques'), equipment: [tool.id], _status: status },
  })
  const resource = await payload.create({
    collection: 'resources',
    draft,
    data: { ...contentData('resources'), _status: status },
  })
  const routine = await payload.create({
    collection: 'routines',
    draft,
    data: { ...contentData('routines', technique.id), _status: status },
  })
  const condition = await payload.create({
    collection: 'conditions',
    draft,
    data: {
      ...contentData('conditions'),
      _status: status,
      recommendedTechniques: [technique.id],
      recommendedRoutines: [routine.id],
      resources: [resource.id],
    },
  })
  return { tool, technique, resource, routine, condition }
}

/** A small real PNG, uploaded as an editor would. */
export const createImage = async (payload: Payload, width = 800, height = 600) => {
  const png = await sharp({
    create: { width, height, channels: 3, background: { r: 46, g: 111, b: 98 } },
  })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt: 'A plain green test image' },
    file: {
      data: png,
      mimetype: 'image/png',
      name: `${uniqueName('test').replace(' ', '-')}.png`,
      size: png.length,
    },
  })
}

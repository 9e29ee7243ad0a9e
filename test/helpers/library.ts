import sharp from 'sharp'
import type { Payload } from 'payload'

import { uniqueName } from './fixtures'

export type ContentCollection = 'conditions' | 'techniques' | 'routines' | 'resources'

/** The least a publishable document of each content collection needs. */
export const contentData = (collection: ContentCollection, techniqueId?: number) => {
  switch (collection) {
    case 'techniques':
      return {
        name: uniqueName('Calf roll'),
        category: 'self-massage' as const,
        kind: 'self-applied' as const,
        bodyRegion: 'legs' as const,
        summary: 'Roll your calf slowly on a foam roller.',
        steps: [{ text: 'Sit with the roller under your calf.' }, { text: 'Roll slowly.' }],
        defaultDosage: { durationMinutes: 2, frequency: 'daily' as const },
      }
    case 'resources':
      return {
        title: uniqueName('Support group'),
        kind: 'support-group' as const,
        summary: 'Meet people who live with pain too.',
      }
    case 'routines':
      return {
        name: uniqueName('Morning'),
        purpose: 'morning-stiffness' as const,
        summary: 'A gentle start to the day.',
        items: [{ technique: techniqueId as number, dosage: { durationMinutes: 3 } }],
      }
    case 'conditions':
      return {
        name: uniqueName('Back pain'),
        summary: 'Pain in the lower back.',
        redFlags: [{ text: 'Numbness in the groin.' }],
      }
  }
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

import type { CollectionConfig } from 'payload'

import { anyone } from './access/anyone'
import { contentEditors } from './access/contentEditors'
import { slugField } from './fields/slug'
import { stringList } from './fields/stringList'

/** Self-massage equipment a technique calls for: massage balls, foam rollers, … */
export const Tools: CollectionConfig = {
  slug: 'tools',
  labels: { singular: 'Tool', plural: 'Tools' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'summary'], group: 'Library' },
  access: {
    read: anyone,
    create: contentEditors,
    update: contentEditors,
    delete: contentEditors,
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    { name: 'summary', type: 'textarea', required: true },
    stringList('choosingTips', { singular: 'Tip', plural: 'Choosing tips' }),
    { name: 'image', type: 'upload', relationTo: 'media' },
  ],
}

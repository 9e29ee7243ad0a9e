import type { CollectionConfig } from 'payload'

import { libraryAccess } from './access/libraryAccess'

import { handoutEndpoints } from '../src/handouts/endpoints/handoutEndpoints'
import { dosageField } from './fields/dosage'
import { readingLevelField } from './fields/readingLevel'
import { slugField } from './fields/slug'
import { stringList } from './fields/stringList'
import { computeReadingLevel } from './hooks/computeReadingLevel'
import { handoutActionsField } from './fields/handoutActions'
import { bodyRegions, optionsFor, techniqueCategories, techniqueKinds } from './vocabularies'

export const Techniques: CollectionConfig = {
  slug: 'techniques',
  labels: { singular: 'Technique', plural: 'Techniques' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'category', 'kind', 'bodyRegion', '_status'],
    group: 'Library',
  },
  access: libraryAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  // Inside a routine or a condition a technique is a reference: what a reader of the list needs.
  defaultPopulate: {
    name: true,
    slug: true,
    kind: true,
    category: true,
    bodyRegion: true,
    images: true,
    defaultDosage: true,
    _status: true,
  },
  endpoints: handoutEndpoints('techniques', async () => 'technique-card'),
  hooks: {
    beforeChange: [computeReadingLevel(['summary', 'steps', 'cues', 'precautions', 'body'])],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    readingLevelField,
    handoutActionsField,
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          required: true,
          options: optionsFor(techniqueCategories),
          admin: { width: '33%' },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: [
            { label: 'Applied by the therapist', value: techniqueKinds[0] },
            { label: 'Done by the patient', value: techniqueKinds[1] },
          ],
          admin: { width: '33%' },
        },
        {
          name: 'bodyRegion',
          type: 'select',
          required: true,
          options: optionsFor(bodyRegions),
          admin: { width: '33%' },
        },
      ],
    },
    { name: 'summary', type: 'textarea', required: true },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'How to do it',
          fields: [
            stringList(
              'steps',
              { singular: 'Step', plural: 'Steps' },
              {
                required: true,
                minRows: 1,
                admin: { description: 'One plain action per step, in order.' },
              },
            ),
            stringList(
              'cues',
              { singular: 'Cue', plural: 'Cues' },
              {
                admin: { description: 'What the patient should feel or notice.' },
              },
            ),
            stringList('precautions', { singular: 'Precaution', plural: 'Precautions' }),
            {
              name: 'equipment',
              type: 'relationship',
              relationTo: 'tools',
              hasMany: true,
            },
          ],
        },
        {
          label: 'Dosage',
          fields: [
            dosageField(
              'defaultDosage',
              'Default dosage',
              'Used whenever a routine or program does not set its own.',
            ),
          ],
        },
        {
          label: 'Media and notes',
          fields: [
            { name: 'images', type: 'upload', relationTo: 'media', hasMany: true },
            { name: 'body', label: 'More about this technique', type: 'richText' },
          ],
        },
      ],
    },
  ],
}

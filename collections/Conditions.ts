import type { CollectionConfig } from 'payload'

import { libraryAccess } from './access/libraryAccess'

import { handoutEndpoints } from '../src/handouts/endpoints/handoutEndpoints'
import { readingLevelField } from './fields/readingLevel'
import { slugField } from './fields/slug'
import { stringList } from './fields/stringList'
import { computeReadingLevel } from './hooks/computeReadingLevel'
import { handoutActionsField } from './fields/handoutActions'

export const Conditions: CollectionConfig = {
  slug: 'conditions',
  labels: { singular: 'Condition', plural: 'Conditions' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'readingLevel', '_status', 'updatedAt'],
    group: 'Library',
    description:
      'Chronic pain conditions: patient education and the protocol a program starts from.',
  },
  access: libraryAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  // Populated into routines and programs, a condition is a reference: its body stays home.
  defaultPopulate: {
    name: true,
    slug: true,
    summary: true,
    _status: true,
  },
  endpoints: handoutEndpoints('conditions', async () => 'condition-guide'),
  hooks: {
    beforeChange: [
      computeReadingLevel(['summary', 'body', 'symptoms', 'howMassageHelps', 'redFlags']),
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    readingLevelField,
    handoutActionsField,
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      admin: { description: 'Two or three plain sentences a patient reads first.' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Education',
          fields: [
            { name: 'body', label: 'What it is', type: 'richText' },
            stringList('symptoms', { singular: 'Symptom', plural: 'Symptoms' }),
            stringList('howMassageHelps', {
              singular: 'Way massage helps',
              plural: 'How massage helps',
            }),
          ],
        },
        {
          label: 'Safety',
          fields: [
            stringList(
              'redFlags',
              { singular: 'Red flag', plural: 'Red flags' },
              {
                required: true,
                minRows: 1,
                admin: {
                  description:
                    'Printed in the handout\'s "Stop and call us if…" box. Write each as a sign the patient can notice.',
                },
              },
            ),
          ],
        },
        {
          label: 'Protocol',
          description: 'Choosing this condition on a new program pre-fills these routines.',
          fields: [
            {
              name: 'recommendedTechniques',
              type: 'relationship',
              relationTo: 'techniques',
              hasMany: true,
            },
            {
              name: 'recommendedRoutines',
              type: 'relationship',
              relationTo: 'routines',
              hasMany: true,
            },
            { name: 'resources', type: 'relationship', relationTo: 'resources', hasMany: true },
          ],
        },
      ],
    },
  ],
}

import type { CollectionConfig } from 'payload'

import { libraryAccess } from './access/libraryAccess'

import { validateRoutineTechnique } from './fields/homeTechniques'
import { slugField } from './fields/slug'
import { computeTotalMinutes } from './hooks/computeTotalMinutes'
import { routineItemsField } from './routineItem'
import { isHomePurpose, optionsFor, routinePurposes, THERAPIST_APPLIED } from './vocabularies'

export const Routines: CollectionConfig = {
  slug: 'routines',
  labels: { singular: 'Routine', plural: 'Routines' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'purpose', 'totalMinutes', '_status'],
    group: 'Library',
  },
  access: libraryAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  // Populated into programs and conditions, a routine is a reference: its items stay home.
  defaultPopulate: {
    name: true,
    slug: true,
    purpose: true,
    summary: true,
    totalMinutes: true,
    _status: true,
  },
  hooks: { beforeChange: [computeTotalMinutes] },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    {
      name: 'totalMinutes',
      label: 'Total time (minutes)',
      type: 'number',
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Computed on save from the items and their dosages.',
      },
    },
    {
      name: 'purpose',
      type: 'select',
      required: true,
      options: optionsFor(routinePurposes),
      admin: {
        description:
          'Every purpose but "In clinic" is for home: such a routine holds only techniques the patient does.',
      },
    },
    { name: 'summary', type: 'textarea', required: true },
    routineItemsField(
      { required: true, minRows: 1 },
      {
        validate: validateRoutineTechnique,
        filterOptions: ({ data }) =>
          isHomePurpose(data?.purpose) ? { kind: { not_equals: THERAPIST_APPLIED } } : true,
      },
    ),
    {
      name: 'conditions',
      label: 'Conditions it serves',
      type: 'relationship',
      relationTo: 'conditions',
      hasMany: true,
      // Conditions list their routines: populating back would multiply each level of depth.
      maxDepth: 1,
    },
  ],
}

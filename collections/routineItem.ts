import type { ArrayField, RelationshipField } from 'payload'

import { dosageField } from './fields/dosage'

/**
 * An ordered step of a routine or program: a technique, a dosage overriding its default, a note.
 * `technique` adds to the technique field (which techniques it accepts).
 */
export const routineItemsField = (
  overrides: Partial<ArrayField> = {},
  technique: Partial<RelationshipField> = {},
): ArrayField =>
  ({
    name: 'items',
    type: 'array',
    labels: { singular: 'Item', plural: 'Items' },
    admin: { initCollapsed: false },
    fields: [
      {
        name: 'technique',
        type: 'relationship',
        relationTo: 'techniques',
        required: true,
        ...technique,
      },
      dosageField(
        'dosage',
        'Dosage',
        "Only what differs from the technique's default dosage; empty parts use the default.",
      ),
      { name: 'note', type: 'textarea' },
    ],
    ...overrides,
  }) as ArrayField

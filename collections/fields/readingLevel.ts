import type { NumberField } from 'payload'

/** Flesch-Kincaid grade, computed on save; the admin shows a warning above grade 8. */
export const readingLevelField: NumberField = {
  name: 'readingLevel',
  label: 'Reading level (grade)',
  type: 'number',
  admin: {
    readOnly: true,
    position: 'sidebar',
    components: { Field: '/src/components/ReadingLevelField#ReadingLevelField' },
  },
}

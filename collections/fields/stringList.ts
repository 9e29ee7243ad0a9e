import type { ArrayField } from 'payload'

/** An ordered list of short texts (symptoms, steps, red flags), each row one `text` field. */
export const stringList = (
  name: string,
  { singular, plural }: { singular: string; plural: string },
  overrides: Partial<ArrayField> = {},
): ArrayField =>
  ({
    name,
    label: plural,
    type: 'array',
    labels: { singular, plural },
    fields: [{ name: 'text', type: 'text', required: true, label: false }],
    ...overrides,
  }) as ArrayField

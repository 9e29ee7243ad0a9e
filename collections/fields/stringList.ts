import type { ArrayField } from 'payload'

/** An ordered list of short texts (symptoms, steps, red flags), each row one `text` field. */
export const stringList = (
  name: string,
  label: string,
  overrides: Partial<ArrayField> = {},
): ArrayField => ({
  name,
  label,
  type: 'array',
  labels: { singular: label.replace(/s$/, ''), plural: label },
  fields: [{ name: 'text', type: 'text', required: true, label: false }],
  ...overrides,
} as ArrayField)

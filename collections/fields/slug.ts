import type { FieldHook, TextField } from 'payload'

import { slugify } from '../../src/text/slugify'

const slugFromSource =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim() !== '') {
      return slugify(value)
    }
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    return typeof source === 'string' ? slugify(source) : value
  }

/** A unique, URL-safe slug generated from `sourceField` unless staff type one. */
export const slugField = (sourceField = 'name', overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    validate: (value: string | null | undefined) =>
      !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
        ? true
        : 'A slug may hold only lower-case letters, digits and single hyphens.',
    hooks: { beforeValidate: [slugFromSource(sourceField)] },
    admin: {
      position: 'sidebar',
      description: `Used in web addresses. Left empty, it is made from the ${sourceField}.`,
    },
    ...overrides,
  }) as TextField

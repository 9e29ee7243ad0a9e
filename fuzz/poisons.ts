import type { Field } from 'payload'

import fc from 'fast-check'

import { badLexical } from './shapeRequests'

/** Text PostgreSQL cannot store, or that no field should take. */
export const badText = fc.oneof(
  fc.constant('nul \u0000 byte'),
  fc.constant('lone \ud800 surrogate'),
  fc.constant('x'.repeat(1_100_000)),
  fc.constant('w'.repeat(40_000)),
)

const notText = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant({ equals: 'x' }),
  fc.constant({ $ne: 1 }),
  fc.array(fc.integer(), { maxLength: 3 }),
)

/**
 * Stands for a value nested `depth` levels deep; `toJson` writes it out as text, since
 * JSON.stringify itself recurses and would overflow the stack building the request.
 */
const nested = (depth: number): string => `__NESTED_${depth}__`

/** JSON text of `value` with each nested-value marker written out. */
export const toJson = (value: unknown): string =>
  JSON.stringify(value).replace(/"__NESTED_(\d+)__"/g, (_, depth: string) => {
    const levels = Number(depth)
    return `${'{"type":"list","version":1,"children":['.repeat(levels)}{"type":"text","text":"deep","version":1}${']}'.repeat(levels)}`
  })

const badIds = fc.oneof(
  fc.constant(99_999_999_999),
  fc.constant(-1),
  fc.constant(0),
  fc.constant(1.5),
  fc.constant('abc'),
  fc.constant('9'.repeat(80)),
  fc.constant(2_147_483_647),
  fc.constant({ id: 'x' }),
  fc.constant([]),
)

/** A value a field of this type must refuse. */
export const poisonFor = (field: Field): fc.Arbitrary<unknown> => {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return fc.oneof(badText, notText)
    case 'number':
      return fc.oneof(
        fc.constant('abc'),
        fc.constant('1e309'),
        fc.constant({}),
        fc.constant([1, 'x']),
      )
    case 'checkbox':
      return fc.oneof(fc.constant('yes'), fc.constant(2), fc.constant({}))
    case 'date':
      return fc.oneof(
        fc.constant('999999-01-01'),
        fc.constant('garbage'),
        fc.constant(12),
        fc.constant('-300000-01-01'),
      )
    case 'select':
    case 'radio':
      return fc.oneof(
        fc.string({ maxLength: 8 }).map((text) => `not-an-option-${text}`),
        fc.constant('مرحبا \u202e rtl'),
        fc.integer(),
        fc.constant({ equals: 'draft' }),
        fc.constant({ $ne: null }),
        fc.constant(['a', 'b']),
      )
    case 'relationship':
    case 'upload':
      return field.hasMany
        ? fc.oneof(
            badIds.map((id) => [id]),
            fc.constant('1,2'),
            fc.constant(7.5),
          )
        : badIds
    case 'richText':
      return fc.oneof(
        fc.constant('just text'),
        fc.constant({ root: 'x' }),
        fc.constant({ root: { type: 'root', children: [nested(2_000)] } }),
        fc.constant({ root: { type: 'root', children: [{ type: 'text', text: 'lone \udc00' }] } }),
        badLexical,
      )
    case 'array':
    case 'blocks':
      return fc.oneof(
        fc.constant('str'),
        fc.constant(7),
        fc.constant({ a: 1 }),
        fc.constant([1, 2]),
        fc.constant(['a']),
        fc.constant(null),
      )
    case 'group':
      return fc.oneof(fc.constant('str'), fc.constant(3), fc.constant([1]), fc.constant(null))
    default:
      return fc.oneof(badText, fc.constant(nested(200)))
  }
}

export const nestedValue = nested

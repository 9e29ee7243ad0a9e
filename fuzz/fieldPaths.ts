import type { Field, SanitizedConfig } from 'payload'

export type FieldAt = { path: string; field: Field & { name: string } }

/**
 * Every named field of a collection or global with its data path (`defaultDosage.pressure`),
 * through rows, collapsibles, tabs and groups; not into the rows of arrays and blocks.
 */
export const fieldPaths = (fields: Field[], prefix = ''): FieldAt[] =>
  fields.flatMap((field): FieldAt[] => {
    if (field.type === 'row' || field.type === 'collapsible') {
      return fieldPaths(field.fields, prefix)
    }
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? fieldPaths(tab.fields, `${prefix}${tab.name}.`)
          : fieldPaths(tab.fields, prefix),
      )
    }
    if (field.type === 'group' && !('name' in field && field.name)) {
      return fieldPaths(field.fields, prefix)
    }
    if (!('name' in field) || !field.name || field.type === 'ui' || field.type === 'join') {
      return []
    }
    const here = { path: `${prefix}${field.name}`, field: field as FieldAt['field'] }
    return field.type === 'group' ? [here, ...fieldPaths(field.fields, `${here.path}.`)] : [here]
  })

export type EntityFields = { kind: 'collection' | 'global'; slug: string; fields: Field[] }

/** Our collections and globals (not Payload's own `payload-*`), each with its fields. */
export const entitiesOf = (config: SanitizedConfig): EntityFields[] => [
  ...config.collections
    .filter(({ slug }) => !slug.startsWith('payload-'))
    .map(({ slug, fields }) => ({ kind: 'collection' as const, slug, fields })),
  ...config.globals.map(({ slug, fields }) => ({ kind: 'global' as const, slug, fields })),
]

/** Every field of these types in every collection and global, with its path. */
export const fieldsOfType = (config: SanitizedConfig, types: Field['type'][]) =>
  entitiesOf(config).flatMap((entity) =>
    fieldPaths(entity.fields)
      .filter(({ field }) => types.includes(field.type))
      .map((at) => ({ ...entity, ...at })),
  )

/** A data object holding `value` at a dotted path. */
export const dataAt = (path: string, value: unknown): Record<string, unknown> =>
  path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, name) => ({ [name]: inner }), value) as Record<string, unknown>

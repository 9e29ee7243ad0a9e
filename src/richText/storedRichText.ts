import type { CollectionSlug, Field, Payload } from 'payload'

import { richTextProblems, type RichTextProblem } from './lexicalShape'
import { repairRichText } from './repairRichText'

/** Rich text fields of a collection, with their data paths, through tabs, rows and groups. */
const richTextPaths = (fields: Field[], prefix = ''): string[] =>
  fields.flatMap((field): string[] => {
    if (field.type === 'row' || field.type === 'collapsible') {
      return richTextPaths(field.fields, prefix)
    }
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        richTextPaths(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
      )
    }
    if (field.type === 'group') {
      return richTextPaths(
        field.fields,
        'name' in field && field.name ? `${prefix}${field.name}.` : prefix,
      )
    }
    return field.type === 'richText' ? [`${prefix}${field.name}`] : []
  })

const valueAt = (document: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, name) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined,
      document,
    )

const setAt = (data: Record<string, unknown>, path: string, value: unknown) => {
  const names = path.split('.')
  let here = data
  for (const name of names.slice(0, -1)) {
    here = (here[name] ??= {}) as Record<string, unknown>
  }
  here[names[names.length - 1]] = value
}

export type BadRichText = {
  collection: string
  id: number | string
  field: string
  problems: RichTextProblem[]
  /** The value that keeps the text and passes the check; absent when none can be made. */
  repaired?: unknown
}

const PAGE = 100

/**
 * Every stored document whose rich text fails the Lexical check, in every collection, a page at
 * a time. Read through the database adapter (`payload.db`), as stored: the Local API's reads
 * show such rich text already repaired (see `checkedEditor`).
 */
export const findBadRichText = async (payload: Payload): Promise<BadRichText[]> => {
  const found: BadRichText[] = []
  for (const collection of payload.config.collections) {
    const paths = richTextPaths(collection.fields)
    if (paths.length === 0) {
      continue
    }
    const select = Object.fromEntries(paths.map((path) => [path.split('.')[0], true as const]))
    for (let page = 1; ; page++) {
      const result = await payload.db.find({
        collection: collection.slug as CollectionSlug,
        limit: PAGE,
        page,
        sort: 'id',
        select,
        pagination: true,
        where: {},
      })
      for (const document of result.docs as unknown as Array<
        Record<string, unknown> & { id: number }
      >) {
        for (const field of paths) {
          const value = valueAt(document, field)
          if (value === undefined || value === null) {
            continue
          }
          const problems = richTextProblems(value)
          if (problems.length === 0) {
            continue
          }
          const repair = repairRichText(value)
          found.push({
            collection: collection.slug,
            id: document.id,
            field,
            problems,
            ...(repair.ok ? { repaired: repair.value } : {}),
          })
        }
      }
      if (!result.hasNextPage) {
        break
      }
    }
  }
  return found
}

/**
 * Saves the repaired rich text of each document (all its repairable fields in one update,
 * through the Local API so hooks and versions run as for any save). Returns how many
 * documents were saved.
 */
export const repairBadRichText = async (payload: Payload, bad: BadRichText[]) => {
  const byDocument = new Map<
    string,
    { collection: string; id: number | string; data: Record<string, unknown> }
  >()
  for (const entry of bad) {
    if (entry.repaired === undefined) {
      continue
    }
    const key = `${entry.collection}:${entry.id}`
    const document = byDocument.get(key) ?? { collection: entry.collection, id: entry.id, data: {} }
    setAt(document.data, entry.field, entry.repaired)
    byDocument.set(key, document)
  }
  for (const { collection, id, data } of byDocument.values()) {
    await payload.update({ collection: collection as CollectionSlug, id, data })
  }
  return byDocument.size
}

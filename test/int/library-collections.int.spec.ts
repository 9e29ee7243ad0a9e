import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Forbidden, type Field, type Payload } from 'payload'

import { libraryChangeHooks } from '../../collections/hooks/libraryChanged'
import { libraryCollections, libraryGlobals } from '../../src/libraryCollections'
import { startPayload, stopPayload } from '../helpers/payload'

/**
 * Personal data and the records kept about people: what a library document may point at
 * without being library itself (a program is one patient's, a delivery one send's).
 */
const PEOPLE_AND_RECORDS = [
  'patients',
  'programs',
  'deliveries',
  'patient-links',
  'users',
  'audit-events',
]

let payload: Payload
beforeAll(async () => {
  payload = await startPayload()
})
afterAll(async () => {
  await stopPayload(payload)
})

const listed = (): string[] => libraryCollections.map(({ slug }) => slug)
const ownCollections = () =>
  payload.config.collections.filter(({ slug }) => !slug.startsWith('payload-'))

/** Whether an anonymous visitor may read anything of the collection (a filter counts). */
const visitorMayRead = async (slug: string) => {
  try {
    await payload.find({ collection: slug as never, overrideAccess: false, limit: 1, depth: 0 })
    return true
  } catch (error) {
    if (error instanceof Forbidden) {
      return false
    }
    throw error
  }
}

const visitorMayReadGlobal = async (slug: string) => {
  try {
    await payload.findGlobal({ slug: slug as never, overrideAccess: false, depth: 0 })
    return true
  } catch (error) {
    if (error instanceof Forbidden) {
      return false
    }
    throw error
  }
}

/** The collections the fields point at: relationships, uploads and joins, however nested. */
const targetsOf = (fields: readonly Field[]): string[] =>
  fields.flatMap((field): string[] => {
    const own =
      field.type === 'relationship' || field.type === 'upload'
        ? [field.relationTo].flat()
        : field.type === 'join'
          ? [field.collection].flat()
          : []
    const nested =
      'fields' in field
        ? targetsOf(field.fields)
        : field.type === 'tabs'
          ? field.tabs.flatMap((tab) => targetsOf(tab.fields))
          : field.type === 'blocks'
            ? (field.blocks ?? []).flatMap((block) => targetsOf(block.fields))
            : []
    return [...own, ...nested] as string[]
  })

/** Every collection reachable from `from` by what its fields point at, people and records aside. */
const reachableContent = (from: string[], globalFields: Field[]) => {
  const found = new Set<string>()
  const fieldsOf = (slug: string) =>
    payload.config.collections.find((collection) => collection.slug === slug)?.fields ?? []
  const queue = [...from.flatMap((slug) => targetsOf(fieldsOf(slug))), ...targetsOf(globalFields)]
  while (queue.length > 0) {
    const slug = queue.shift()!
    if (found.has(slug) || PEOPLE_AND_RECORDS.includes(slug)) {
      continue
    }
    found.add(slug)
    queue.push(...targetsOf(fieldsOf(slug)))
  }
  return [...found].sort()
}

describe('the one list of library collections (src/libraryCollections)', () => {
  it('holds every collection and global a visitor may read, and nothing a visitor may not', async () => {
    const readable: string[] = []
    for (const { slug } of ownCollections()) {
      if (await visitorMayRead(slug)) {
        readable.push(slug)
      }
    }
    expect(readable.sort()).toEqual(listed().sort())

    const readableGlobals: string[] = []
    for (const { slug } of payload.config.globals) {
      if (await visitorMayReadGlobal(slug)) {
        readableGlobals.push(slug)
      }
    }
    expect(readableGlobals.sort()).toEqual([...libraryGlobals].sort())
  })

  it('holds everything a program, or the library itself, points at, people and records aside', () => {
    const libraryGlobalFields = payload.config.globals
      .filter(({ slug }) => (libraryGlobals as readonly string[]).includes(slug))
      .flatMap(({ fields }) => fields)
    const reachable = reachableContent(['programs', ...listed()], libraryGlobalFields)
    expect(reachable.filter((slug) => !listed().includes(slug))).toEqual([])
  })

  it('counts a change of exactly the listed collections and globals', () => {
    const counted = ownCollections()
      .filter(({ hooks }) => hooks?.beforeChange?.includes(libraryChangeHooks.beforeChange))
      .map(({ slug }) => slug)
    expect(counted.sort()).toEqual(listed().sort())
    const countedGlobals = payload.config.globals
      .filter(({ hooks }) => hooks?.beforeChange?.includes(libraryChangeHooks.beforeGlobalChange))
      .map(({ slug }) => slug)
    expect(countedGlobals).toEqual([...libraryGlobals])
  })

  it("keeps visitors' reads of every listed collection but the uploads, whose reads are files", () => {
    for (const { slug, visitorReadCache } of libraryCollections) {
      const upload = Boolean(payload.collections[slug].config.upload)
      expect({ slug, visitorReadCache }).toEqual({ slug, visitorReadCache: !upload })
    }
  })
})

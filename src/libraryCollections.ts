import type { CollectionSlug, GlobalSlug } from 'payload'

/** A collection of the clinic's library, and how each cache treats it. */
export type LibraryCollection = {
  slug: CollectionSlug
  /**
   * Visitors' REST reads of it are kept by the visitors' read cache. Not an upload's: what a
   * visitor fetches of an image is its file (`/api/media/file/…`), which Payload streams from
   * disk in byte ranges and browsers keep themselves, and which the cache never keeps (images
   * held in every process's memory would push out the documents it is for). A send's reads of
   * an upload's document are kept by the delivery's cache all the same: they are small.
   */
  visitorReadCache: boolean
}

/**
 * The clinic's library: the content every handout is made from and a visitor may read, declared
 * once. Each save or delete of it counts as a library change (collections/hooks/libraryChanged),
 * the delivery's read cache keeps it between sends (src/delivery/reads/deliveryReadCache), the
 * visitors' read cache keeps visitors' reads of it (src/requestGuard/visitorReadCache), and the
 * fuzz suite aims at it. test/int/library-collections.int.spec.ts fails when a collection or
 * global with library content (one a visitor may read, or one library content relates to) is
 * missing here.
 */
export const libraryCollections = [
  { slug: 'conditions', visitorReadCache: true },
  { slug: 'techniques', visitorReadCache: true },
  { slug: 'routines', visitorReadCache: true },
  { slug: 'resources', visitorReadCache: true },
  { slug: 'tools', visitorReadCache: true },
  { slug: 'media', visitorReadCache: false },
] as const satisfies readonly LibraryCollection[]

/** The library's globals: the clinic's branding and contact details on every handout. */
export const libraryGlobals = ['clinic-settings'] as const satisfies readonly GlobalSlug[]

export type LibraryCollectionSlug = (typeof libraryCollections)[number]['slug']

const slugs: ReadonlySet<string> = new Set(libraryCollections.map(({ slug }) => slug))
const globals: ReadonlySet<string> = new Set(libraryGlobals)
const visitorCached: ReadonlySet<string> = new Set(
  libraryCollections.filter((collection) => collection.visitorReadCache).map(({ slug }) => slug),
)

export const isLibraryCollection = (slug: string): slug is LibraryCollectionSlug => slugs.has(slug)

export const isLibraryGlobal = (slug: string): boolean => globals.has(slug)

/** Whether the visitors' read cache keeps visitors' reads of this collection. */
export const keptForVisitors = (slug: string): boolean => visitorCached.has(slug)

import type { LibraryReader } from '../../handouts/compose/reader'

/** `collection:id` (or `global:slug`) → the `updatedAt` of the version that was read. */
export type ContentVersions = Record<string, string>

type Doc = { id?: unknown; updatedAt?: unknown; filename?: unknown; mimeType?: unknown }

const isDoc = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && 'updatedAt' in value

/** Populated uploads nested in a document (technique images, the clinic logo). */
const recordNestedMedia = (value: unknown, versions: ContentVersions, depth = 0) => {
  if (depth > 4 || typeof value !== 'object' || value === null) {
    return
  }
  if (depth > 0 && isDoc(value) && value.filename && value.mimeType && value.id !== undefined) {
    versions[`media:${value.id}`] = String(value.updatedAt)
  }
  for (const child of Object.values(value)) {
    recordNestedMedia(child, versions, depth + 1)
  }
}

const record = (versions: ContentVersions, key: string, doc: unknown) => {
  if (isDoc(doc)) {
    versions[key] = String(doc.updatedAt)
    recordNestedMedia(doc, versions)
  }
}

/**
 * A reader that notes the version of every document read through it, so composing a handout
 * with it tells exactly which content versions the handout was made from.
 */
export const recordingReads = (reader: LibraryReader) => {
  const versions: ContentVersions = {}
  const recording: LibraryReader = {
    findByID: async (options) => {
      const doc = await reader.findByID(options)
      record(versions, `${options.collection}:${String((doc as Doc).id)}`, doc)
      return doc
    },
    find: async (options) => {
      const result = await reader.find(options)
      result.docs.forEach((doc) =>
        record(versions, `${options.collection}:${String((doc as Doc).id)}`, doc),
      )
      return result
    },
    findGlobal: async (options) => {
      const doc = await reader.findGlobal(options)
      record(versions, `global:${options.slug}`, doc)
      return doc
    },
  }
  const sorted = (): ContentVersions =>
    Object.fromEntries(Object.entries(versions).sort(([a], [b]) => a.localeCompare(b)))
  return { reader: recording, versions: sorted }
}

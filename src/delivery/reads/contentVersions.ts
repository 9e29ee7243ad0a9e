import type { Payload } from 'payload'

import { interceptReads } from './interceptReads'

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
 * A view of `payload` that notes the version of every document read through it, so composing a
 * handout through it tells exactly which content versions the handout was made from.
 */
export const recordingReads = (payload: Payload) => {
  const versions: ContentVersions = {}
  const recording = interceptReads(payload, {
    findByID: async (options) => {
      const doc = await payload.findByID(options)
      record(versions, `${options.collection}:${String((doc as Doc).id)}`, doc)
      return doc
    },
    find: async (options) => {
      const result = await payload.find(options)
      result.docs.forEach((doc) => record(versions, `${options.collection}:${String((doc as Doc).id)}`, doc))
      return result
    },
    findGlobal: async (options) => {
      const doc = await payload.findGlobal(options)
      record(versions, `global:${options.slug}`, doc)
      return doc
    },
  })
  const sorted = (): ContentVersions =>
    Object.fromEntries(Object.entries(versions).sort(([a], [b]) => a.localeCompare(b)))
  return { payload: recording, versions: sorted }
}

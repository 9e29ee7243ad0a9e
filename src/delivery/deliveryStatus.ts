import type { CollectionSlug, GlobalSlug, Payload } from 'payload'

import { idOf } from '../relationships/idOf'
import type { ContentVersions } from './reads/contentVersions'
import { whyNotSendable } from './sendability'

type Versioned = { id?: unknown; updatedAt?: unknown }

/**
 * The current `updatedAt` of the documents a delivery was made from: one read per collection
 * (and global) its versions name, whatever the number of documents. Those already read
 * (`known`) are not read again; a document since deleted has no version.
 */
const currentVersionsOf = async (
  payload: Payload,
  stored: ContentVersions,
  known: Record<string, Versioned>,
): Promise<ContentVersions> => {
  const current: ContentVersions = {}
  const byCollection = new Map<string, string[]>()
  for (const key of Object.keys(stored)) {
    if (known[key]) {
      current[key] = String(known[key].updatedAt)
      continue
    }
    const [collection, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)]
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  }
  const note = (collection: string, doc: Versioned) =>
    (current[`${collection}:${String(doc.id)}`] = String(doc.updatedAt))
  await Promise.all(
    [...byCollection].map(async ([collection, ids]) => {
      if (collection === 'global') {
        for (const slug of ids) {
          const doc = await payload.findGlobal({
            slug: slug as GlobalSlug,
            depth: 0,
            select: { updatedAt: true },
          })
          current[`global:${slug}`] = String(doc.updatedAt)
        }
        return
      }
      const { docs } = await payload.find({
        collection: collection as CollectionSlug,
        where: { id: { in: ids.map(Number) } },
        depth: 0,
        pagination: false,
        select: { updatedAt: true },
      })
      docs.forEach((doc) => note(collection, doc as Versioned))
    }),
  )
  return current
}

/** Compared entry by entry: PostgreSQL's jsonb does not keep the order keys were written in. */
const sameVersions = (stored: ContentVersions, current: ContentVersions) =>
  Object.entries(stored).every(([key, version]) => current[key] === version)

/**
 * What the program view shows: whether it can be emailed now, and the patient's last delivery
 * of it, with `upToDate` false when the program, its template or anything the handout was made
 * from changed since. Reads stored state only: no compose, the same few reads for any program.
 */
export const deliveryStatus = async (payload: Payload, programId: number) => {
  const program = await payload.findByID({
    collection: 'programs',
    id: programId,
    depth: 0,
    joins: false,
  })
  const patient = await payload.findByID({
    collection: 'patients',
    id: idOf(program.patient) as number,
    depth: 0,
  })
  const {
    docs: [last],
  } = await payload.find({
    collection: 'deliveries',
    where: { program: { equals: programId } },
    sort: '-createdAt',
    limit: 1,
    pagination: false,
    depth: 0,
    select: {
      status: true,
      recipient: true,
      transport: true,
      template: true,
      contentVersions: true,
      queuedAt: true,
      sentAt: true,
      failedAt: true,
      lastError: true,
      url: true,
      filename: true,
    },
  })
  const reason = whyNotSendable(program, patient)
  const stored = (last?.contentVersions ?? {}) as ContentVersions
  const upToDate =
    last !== undefined &&
    last.template === program.template &&
    Object.keys(stored).length > 0 &&
    sameVersions(
      stored,
      await currentVersionsOf(payload, stored, {
        [`programs:${program.id}`]: program,
        [`patients:${patient.id}`]: patient,
      }),
    )
  return {
    sendable: !reason,
    reason: reason ?? null,
    last: last
      ? {
          id: last.id,
          status: last.status,
          recipient: last.recipient,
          transport: last.transport,
          queuedAt: last.queuedAt,
          sentAt: last.sentAt,
          failedAt: last.failedAt,
          lastError: last.lastError,
          pdfUrl: last.url,
          upToDate,
        }
      : null,
  }
}

export type DeliveryStatus = Awaited<ReturnType<typeof deliveryStatus>>

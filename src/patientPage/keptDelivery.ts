import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { imagesOf } from '../handouts/snapshot/mapImages'
import { readSnapshot, UnreadableSnapshot } from '../handouts/snapshot/read'
import type { StoredImageFile } from '../handouts/snapshot/image'
import type { HandoutSnapshot } from '../handouts/snapshot/schema'
import type { Delivery } from '../payload-types'

/** What the page needs of a sent delivery; a delivery never changes once sent. */
export type KeptDelivery = {
  id: number
  snapshot: HandoutSnapshot
  sentAt: string
  pdfFile?: string
  /** The email size of the pictures the handout shows (and the logo): only these are served. */
  images: Map<string, StoredImageFile['mimeType']>
}

/** A sent delivery whose stored snapshot cannot be read: the page says so, nothing else. */
export type UnreadableDelivery = { id: number; unreadable: true }

/** The last 200 deliveries opened, read from the database once each. */
const deliveries = new LRUCache<number, KeptDelivery | UnreadableDelivery>({ max: 200 })

const emailImagesOf = (snapshot: HandoutSnapshot) =>
  new Map(imagesOf(snapshot.document).map(({ email }) => [email.sha256, email.mimeType] as const))

/**
 * A sent delivery's snapshot; undefined for one not sent or whose snapshot was erased.
 * A stored snapshot that cannot be read is logged (the delivery's id and the issue only) and
 * answered as unreadable.
 */
export const keptDelivery = async (
  payload: Payload,
  id: number,
): Promise<KeptDelivery | UnreadableDelivery | undefined> => {
  const cached = deliveries.get(id)
  if (cached) {
    return cached
  }
  const delivery = (await payload.findByID({
    collection: 'deliveries',
    id,
    depth: 0,
    select: { snapshot: true, sentAt: true, filename: true },
  })) as Pick<Delivery, 'snapshot' | 'sentAt' | 'filename'>
  if (delivery.snapshot === null || delivery.snapshot === undefined || !delivery.sentAt) {
    return undefined
  }
  let snapshot: HandoutSnapshot
  try {
    snapshot = readSnapshot(delivery.snapshot)
  } catch (error) {
    if (!(error instanceof UnreadableSnapshot)) {
      throw error
    }
    payload.logger.error(
      `Patient page of delivery ${id}: its stored snapshot cannot be read: ${error.issue}`,
    )
    const unreadable: UnreadableDelivery = { id, unreadable: true }
    // Kept a minute only: sent again, the delivery takes a readable snapshot.
    deliveries.set(id, unreadable, { ttl: 60_000 })
    return unreadable
  }
  const staticDir = payload.collections.deliveries.config.upload.staticDir as string
  const kept: KeptDelivery = {
    id,
    snapshot,
    sentAt: delivery.sentAt,
    pdfFile: delivery.filename ? path.join(staticDir, delivery.filename) : undefined,
    images: emailImagesOf(snapshot),
  }
  deliveries.set(id, kept)
  return kept
}

/** Drops a delivery's handout from this process's memory (its personal data was erased). */
export const forgetKeptDelivery = (id: number) => {
  deliveries.delete(id)
}

export const keptPdf = (delivery: KeptDelivery) =>
  delivery.pdfFile ? readFile(delivery.pdfFile).catch(() => undefined) : undefined

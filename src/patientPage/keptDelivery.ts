import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import type { KeptDocument, KeptImage } from '../delivery/keptDocument'
import type { Delivery } from '../payload-types'

/** What the page needs of a sent delivery; a delivery never changes once sent. */
export type KeptDelivery = {
  id: number
  document: KeptDocument
  sentAt: string
  pdfFile?: string
  /** The images the handout shows, by checksum: only these are served through its link. */
  images: Map<string, KeptImage['mimeType']>
}

/** The last 200 deliveries opened, read from the database once each. */
const deliveries = new LRUCache<number, KeptDelivery>({ max: 200 })

const imagesIn = (value: unknown, found: Map<string, KeptImage['mimeType']>) => {
  if (Array.isArray(value)) {
    value.forEach((inner) => imagesIn(inner, found))
  } else if (typeof value === 'object' && value !== null) {
    const image = value as Partial<KeptImage>
    if (typeof image.sha256 === 'string' && typeof image.mimeType === 'string') {
      found.set(image.sha256, image.mimeType)
    }
    Object.values(value).forEach((inner) => imagesIn(inner, found))
  }
  return found
}

/** A sent delivery's kept handout, or undefined for one sent before handouts were kept. */
export const keptDelivery = async (
  payload: Payload,
  id: number,
): Promise<KeptDelivery | undefined> => {
  const cached = deliveries.get(id)
  if (cached) {
    return cached
  }
  const delivery = (await payload.findByID({
    collection: 'deliveries',
    id,
    depth: 0,
    select: { document: true, sentAt: true, filename: true },
  })) as Pick<Delivery, 'document' | 'sentAt' | 'filename'>
  if (!delivery.document || !delivery.sentAt) {
    return undefined
  }
  const staticDir = payload.collections.deliveries.config.upload.staticDir as string
  const kept: KeptDelivery = {
    id,
    document: delivery.document as KeptDocument,
    sentAt: delivery.sentAt,
    pdfFile: delivery.filename ? path.join(staticDir, delivery.filename) : undefined,
    images: imagesIn(delivery.document, new Map()),
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

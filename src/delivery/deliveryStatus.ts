import type { Payload } from 'payload'

import { idOf } from '../relationships/idOf'
import { composeReads } from './reads/composeReads'
import type { ContentVersions } from './reads/contentVersions'
import { currentProgramVersions } from './programVersions'
import { whyNotSendable } from './sendability'

/** Compared entry by entry: PostgreSQL's jsonb does not keep the order keys were written in. */
const sameVersions = (stored: unknown, current: ContentVersions) => {
  const entries = Object.entries((stored ?? {}) as ContentVersions)
  return (
    entries.length === Object.keys(current).length &&
    entries.every(([key, version]) => current[key] === version)
  )
}

/**
 * What the program view shows: whether it can be emailed now, and the patient's last delivery
 * of it, with `upToDate` false when the program or its content changed since.
 */
export const deliveryStatus = async (payload: Payload, programId: number) => {
  const reads = composeReads(payload)
  const program = await reads.findByID({ collection: 'programs', id: programId, depth: 0 })
  const patient = await reads.findByID({
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
    depth: 0,
  })
  const { versions } = await currentProgramVersions(payload, reads, programId, program.template)
  const reason = whyNotSendable(program, patient)
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
          upToDate:
            last.template === program.template && sameVersions(last.contentVersions, versions),
        }
      : null,
  }
}

export type DeliveryStatus = Awaited<ReturnType<typeof deliveryStatus>>

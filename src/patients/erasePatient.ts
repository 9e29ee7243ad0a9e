import { readdir, unlink } from 'node:fs/promises'
import path from 'node:path'

import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { outboxDir } from '../email/transport'
import { linkClock } from '../patientLinks/clock'
import { eraseLinksOfPatient } from '../patientLinks/links'
import { forgetKeptDelivery } from '../patientPage/keptDelivery'
import type { Delivery } from '../payload-types'

/** What an erasure changed, by count: never the data itself. */
export type ErasureSummary = {
  patient: number
  programs: number
  deliveries: number
  filesDeleted: number
}

/** The name an erased patient's record keeps: their record number, nothing of them. */
export const erasedPatientName = (patientId: number) => `Erased patient ${patientId}`

const ignoreMissing = (error: unknown) => {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
    throw error
  }
}

/** The kept PDFs and any outbox copies of these deliveries' emails, deleted from disk. */
const deleteFilesOf = async (req: PayloadRequest, deliveries: Delivery[]): Promise<number> => {
  const staticDir = req.payload.collections.deliveries.config.upload.staticDir as string
  const files = deliveries.flatMap((delivery) =>
    delivery.filename ? [path.join(staticDir, delivery.filename)] : [],
  )
  // An outbox message is named `<time>-delivery-<id>.<key><domain>.eml` (its Message-ID).
  const outbox = await readdir(outboxDir()).catch(() => [] as string[])
  const ids = new Set(deliveries.map((delivery) => String(delivery.id)))
  for (const name of outbox) {
    const id = /^\d+-delivery-(\d+)\./.exec(name)?.[1]
    if (id && ids.has(id)) {
      files.push(path.join(outboxDir(), name))
    }
  }
  let deleted = 0
  for (const file of files) {
    await unlink(file).then(() => deleted++, ignoreMissing)
  }
  return deleted
}

/**
 * Erases a patient's personal data, for good: their name, email and consent; their programs'
 * titles and personal notes; each delivery's snapshot (which names them, holds the notes and
 * their link), recipient address and error texts, and its kept PDF file and any outbox copy;
 * their session logs (pain scores, notes), reminder choices and sends, and alerts are deleted.
 * Each delivery keeps its dates, status, content versions, PDF SHA-256 and size, marked
 * `erasedAt`, so the clinic can still show what was sent and when. Their links stop (the page
 * answers not-found) and the patient is archived. The records change in one transaction;
 * the files are deleted once it is committed. The one place an erasure happens.
 */
export const erasePatient = async (
  req: PayloadRequest,
  patientId: number,
): Promise<ErasureSummary> => {
  const { payload } = req
  const now = linkClock.now().toISOString()
  const shouldCommit = await initTransaction(req)
  let deliveries: Delivery[]
  let programs: number
  try {
    const patient = await payload.findByID({ collection: 'patients', id: patientId, depth: 0, req })
    await payload.update({
      collection: 'patients',
      id: patientId,
      depth: 0,
      req,
      data: {
        name: erasedPatientName(patientId),
        email: null,
        emailConsent: false,
        status: 'archived',
        archivedAt: patient.archivedAt ?? now,
        archivedBy: patient.archivedBy ?? req.user?.id ?? null,
        erasedAt: now,
        erasedBy: req.user?.id ?? null,
      },
    })
    const moved = await payload.update({
      collection: 'programs',
      where: { patient: { equals: patientId } },
      depth: 0,
      req,
      data: { title: null, personalNotes: null },
    })
    if (moved.errors.length > 0) {
      throw new Error(`${moved.errors.length} of the patient's programs could not be erased`)
    }
    programs = moved.docs.length
    deliveries = (
      await payload.find({
        collection: 'deliveries',
        where: { patient: { equals: patientId } },
        depth: 0,
        pagination: false,
        req,
        select: { filename: true, attempts: true },
      })
    ).docs as Delivery[]
    for (const delivery of deliveries) {
      await payload.update({
        collection: 'deliveries',
        id: delivery.id,
        depth: 0,
        req,
        data: {
          snapshot: null,
          recipient: null,
          lastError: null,
          attempts: (delivery.attempts ?? []).map(({ error: _error, ...attempt }) => attempt),
          filename: null,
          erasedAt: now,
        },
      })
    }
    await eraseLinksOfPatient(req, patientId, now)
    // What the patient logged on their page (pain, notes), their reminder choice, the days they
    // were reminded and the alerts their logs raised: gone.
    for (const collection of [
      'session-logs',
      'reminder-preferences',
      'reminder-sends',
      'alerts',
    ] as const) {
      await payload.delete({ collection, where: { patient: { equals: patientId } }, depth: 0, req })
    }
    if (shouldCommit) {
      await commitTransaction(req)
    }
  } catch (error) {
    if (shouldCommit) {
      await killTransaction(req)
    }
    throw error
  }
  deliveries.forEach((delivery) => forgetKeptDelivery(delivery.id))
  const filesDeleted = await deleteFilesOf(req, deliveries)
  return { patient: patientId, programs, deliveries: deliveries.length, filesDeleted }
}

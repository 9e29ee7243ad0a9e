import type { Payload } from 'payload'

import type { HandoutTemplate } from '../../templates'
import type { ComposedImage } from '../handouts/compose/context'
import type { HandoutImage } from '../handouts/document'
import { composeDocument } from '../handouts/make'
import type { SnapshotImage, StoredImageFile } from '../handouts/snapshot/image'
import { mapImagesAsync } from '../handouts/snapshot/mapImages'
import { handoutSnapshot, type HandoutSnapshot } from '../handouts/snapshot/schema'
import { linkTokenForSend } from '../patientLinks/links'
import { programPageUrl } from '../patientLinks/linkUrl'
import { keepImageBytes } from './imageStore'
import { composeReads } from './reads/composeReads'
import { recordingReads } from './reads/contentVersions'
import type { LibraryReader } from '../handouts/compose/reader'
import { senderFor } from './sender'

const keptFile = async ({
  data,
  mimeType,
  width,
  height,
}: HandoutImage): Promise<StoredImageFile> => ({
  sha256: await keepImageBytes(data),
  mimeType,
  width,
  height,
})

/** A composed picture's two sizes kept in the image store: the snapshot holds their checksums. */
const keepBothSizes = async ({ key, alt, sizes }: ComposedImage): Promise<SnapshotImage> => {
  if (!sizes.print || !sizes.email) {
    throw new Error('A picture was composed without its print and email sizes')
  }
  const [print, email] = await Promise.all([keptFile(sizes.print), keptFile(sizes.email)])
  return { key, alt, print, email }
}

export type SnapshotRequest = {
  programId: number
  patientId: number
  template: HandoutTemplate['name']
  /** The delivery's reader for this piece of work; by default a fresh one. */
  reader?: LibraryReader
  /** When it is composed: the handout's date and its PDF's creation date. */
  composedAt?: Date
}

/**
 * What one send will give the patient, made once: the program's handout composed as the
 * system with both sizes of each picture (kept in the image store), the content versions it
 * was read from, the patient's link and the sender; validated against the schema.
 */
export const makeSnapshot = async (
  payload: Payload,
  { programId, patientId, template, reader, composedAt = new Date() }: SnapshotRequest,
): Promise<HandoutSnapshot> => {
  const recording = recordingReads(reader ?? composeReads(payload))
  const programLink = programPageUrl(
    await linkTokenForSend(payload, programId, patientId, recording.reader),
  )
  const composed = await composeDocument(
    {
      payload,
      reader: recording.reader,
      system: true,
      template,
      id: programId,
      programLink,
      date: composedAt,
    },
    ['print', 'email'],
  )
  const document = await mapImagesAsync(composed, keepBothSizes)
  const clinic = await recording.reader.findGlobal({ slug: 'clinic-settings', depth: 0 })
  return handoutSnapshot.parse({
    schemaVersion: 1,
    template,
    composedAt: composedAt.toISOString(),
    contentVersions: recording.versions(),
    print: { paper: document.layout.paper, largePrint: document.layout.largePrint },
    sender: senderFor(clinic),
    document,
  })
}

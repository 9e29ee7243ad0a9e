import type { Payload } from 'payload'

import type { HandoutTemplate } from '../../templates'
import type { LibraryReader } from '../handouts/compose/reader'
import { composeHandout } from '../handouts/make'
import { recordingReads, type ContentVersions } from './reads/contentVersions'
import { idempotencyKey } from './idempotencyKey'

/**
 * The content versions a program's handout would be made from right now, and their key,
 * composed as the system through `reader` (the delivery's own, which may keep the library).
 */
export const currentProgramVersions = async (
  payload: Payload,
  reader: LibraryReader,
  programId: number,
  template: HandoutTemplate['name'],
): Promise<{ versions: ContentVersions; key: string }> => {
  const recording = recordingReads(reader)
  await composeHandout(
    { payload, reader: recording.reader, system: true, template, id: programId },
    'email',
  )
  const versions = recording.versions()
  return { versions, key: idempotencyKey(programId, template, versions) }
}

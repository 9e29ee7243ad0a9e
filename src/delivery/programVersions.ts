import type { Payload } from 'payload'

import type { HandoutTemplate } from '../../templates'
import { composeHandout } from '../handouts/make'
import { recordingReads, type ContentVersions } from './reads/contentVersions'
import { idempotencyKey } from './idempotencyKey'

/** The content versions a program's handout would be made from right now, and their key. */
export const currentProgramVersions = async (
  payload: Payload,
  programId: number,
  template: HandoutTemplate['name'],
): Promise<{ versions: ContentVersions; key: string }> => {
  const recording = recordingReads(payload)
  await composeHandout({ payload: recording.payload, system: true, template, id: programId }, 'email')
  const versions = recording.versions()
  return { versions, key: idempotencyKey(programId, template, versions) }
}

import type { CollectionBeforeDeleteHook } from 'payload'

import { RecordKept } from '../records/recordKept'

/**
 * A program that was sent is kept: its deliveries prove what the patient was given, and the
 * patient's logs, reminders and alerts hang on it. Deleting it is refused with why, and what to
 * do instead. A program never sent is deleted, with any link made for a send that never went
 * out.
 */
export const refuseDeleteOfSentProgram: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'deliveries',
    where: { program: { equals: id } },
    req,
  })
  if (totalDocs > 0) {
    throw new RecordKept(
      `This program was sent to its patient${totalDocs === 1 ? '' : ` ${totalDocs} times`}, and the record of what was sent must be kept: mark it completed or archived instead.`,
    )
  }
  await req.payload.delete({ collection: 'patient-links', where: { program: { equals: id } }, req })
}

import type { CollectionBeforeDeleteHook } from 'payload'

import { deleteLinksOfPatient } from '../patientLinks/links'
import { RecordKept } from '../records/recordKept'

/**
 * A patient who was sent a program is kept: the deliveries prove what the clinic gave them.
 * Deleting them is refused with why, and what to do instead. A patient never sent anything
 * and no longer holding a program is deleted (with any link made for a send that never went
 * out); one with programs is refused, naming them, rather than failing on a database rule.
 */
export const refuseDeleteOfSentPatient: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'deliveries',
    where: { patient: { equals: id } },
    req,
  })
  if (totalDocs > 0) {
    throw new RecordKept(
      `This patient was sent ${totalDocs === 1 ? 'a program' : `programs ${totalDocs} times`}, and the record of what was sent must be kept: archive the patient instead (their links stop and nothing more is sent), or have an admin erase their personal data.`,
    )
  }
  const programs = await req.payload.count({
    collection: 'programs',
    where: { patient: { equals: id } },
    req,
  })
  if (programs.totalDocs > 0) {
    throw new RecordKept(
      `This patient has ${programs.totalDocs === 1 ? 'a program' : `${programs.totalDocs} programs`}: delete ${programs.totalDocs === 1 ? 'it' : 'them'} first, or archive the patient instead.`,
    )
  }
  await deleteLinksOfPatient(req, id)
}

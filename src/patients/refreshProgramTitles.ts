import type { CollectionAfterChangeHook } from 'payload'

import type { Patient } from '../payload-types'

/** A patient's new name reaches the staff's list titles of their programs (made at each save). */
export const refreshProgramTitles: CollectionAfterChangeHook<Patient> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || previousDoc?.name === doc.name) {
    return doc
  }
  await req.payload.update({
    collection: 'programs',
    where: { patient: { equals: doc.id } },
    depth: 0,
    data: {},
    req,
  })
  return doc
}

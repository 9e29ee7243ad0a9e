import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../../src/relationships/idOf'
import { stopLinksWhere } from '../../../src/patientLinks/links'
import type { Program } from '../../../src/payload-types'

/**
 * A program moved to another patient: every link made for anyone else stops at once, in the
 * same transaction, and says why in the clinician's panel. The next send makes the new
 * patient's own link.
 */
export const stopLinksOfFormerPatient: CollectionAfterChangeHook<Program> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const patient = idOf(doc.patient)
  if (operation !== 'update' || !patient || idOf(previousDoc?.patient) === patient) {
    return doc
  }
  await stopLinksWhere(
    req.payload,
    { program: { equals: doc.id }, patient: { not_equals: patient } },
    'patient-changed',
    req,
  )
  return doc
}

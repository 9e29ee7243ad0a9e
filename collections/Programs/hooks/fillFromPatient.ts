import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../src/relationships/idOf'
import { defaultProgramTitle, patientFacingTitle } from '../../../src/patients/programTitle'

const patientOf = (req: Parameters<CollectionBeforeValidateHook>[0]['req'], id: number) =>
  req.payload.findByID({
    collection: 'patients',
    id,
    depth: 0,
    req,
    select: { clinician: true, name: true },
    disableErrors: true,
  })

/**
 * What a program takes from its patient, in one read: an admin's (or the server's) program
 * belongs to the patient's own clinician, and the staff's list title is the clinician's title
 * or "Home program for <name>", made again at each save. `title` keeps only a title the
 * clinician wrote: a default title of the program's former patient is dropped when the
 * program moves (the patient sees a title made from their own name when it is sent).
 */
export const fillFromPatient: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const patientId = idOf(data?.patient) ?? idOf(originalDoc?.patient)
  if (!data || !patientId) {
    return data
  }
  const patient = await patientOf(req, patientId)
  if (!patient) {
    return data
  }
  const formerPatientId = idOf(originalDoc?.patient)
  const title: string | null | undefined = 'title' in data ? data.title : originalDoc?.title
  let keptTitle = title?.trim() ? title : null
  if (keptTitle && formerPatientId && formerPatientId !== patientId) {
    const former = await patientOf(req, formerPatientId)
    if (former && keptTitle.trim() === defaultProgramTitle(former.name)) {
      keptTitle = null
    }
  }
  return {
    ...data,
    ...(data.clinician ? {} : { clinician: patient.clinician }),
    title: keptTitle,
    listTitle: patientFacingTitle(keptTitle, patient.name),
  }
}

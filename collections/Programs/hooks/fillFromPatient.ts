import type { CollectionBeforeValidateHook } from 'payload'

import { idOf } from '../../../src/library/relations'

/**
 * What a program takes from its patient, in one read: an admin's (or the server's) program
 * belongs to the patient's own clinician, and an untitled program is "Home program for <name>".
 */
export const fillFromPatient: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const patientId = idOf(data?.patient)
  const needsClinician = !data?.clinician
  const needsTitle = !data?.title?.trim() && !originalDoc?.title?.trim()
  if (!data || !patientId || (!needsClinician && !needsTitle)) {
    return data
  }
  const patient = await req.payload.findByID({
    collection: 'patients',
    id: patientId,
    depth: 0,
    req,
    select: { clinician: true, name: true },
    disableErrors: true,
  })
  if (!patient) {
    return data
  }
  return {
    ...data,
    ...(needsClinician ? { clinician: patient.clinician } : {}),
    ...(needsTitle ? { title: `Home program for ${patient.name}` } : {}),
  }
}

import type { CollectionBeforeValidateHook } from 'payload'
import { idOf } from '../../../src/library/relations'

/** A program made by an admin (or the server) belongs to the patient's own clinician. */
export const clinicianFromPatient: CollectionBeforeValidateHook = async ({ data, req }) => {
  const patientId = idOf(data?.patient)
  if (!data || data.clinician || !patientId) {
    return data
  }
  const patient = await req.payload.findByID({
    collection: 'patients',
    id: patientId,
    depth: 0,
    req,
    select: { clinician: true },
    disableErrors: true,
  })
  return patient ? { ...data, clinician: patient.clinician } : data
}

import type { CollectionBeforeValidateHook } from 'payload'

/** A program made by an admin (or the server) belongs to the patient's own clinician. */
export const clinicianFromPatient: CollectionBeforeValidateHook = async ({ data, req }) => {
  const patientId = typeof data?.patient === 'object' ? data.patient?.id : data?.patient
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

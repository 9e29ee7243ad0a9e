import type { CollectionBeforeChangeHook } from 'payload'

export const titleFromPatient: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data.title?.trim() || originalDoc?.title?.trim()) {
    return data
  }
  const patientId = typeof data.patient === 'object' ? data.patient?.id : data.patient
  if (!patientId) {
    return data
  }
  const patient = await req.payload.findByID({
    collection: 'patients',
    id: patientId,
    depth: 0,
    req,
    select: { name: true },
  })
  return { ...data, title: `Home program for ${patient.name}` }
}

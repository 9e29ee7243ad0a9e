import type { CollectionBeforeChangeHook } from 'payload'
import { idOf } from '../../../src/library/relations'

export const titleFromPatient: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data.title?.trim() || originalDoc?.title?.trim()) {
    return data
  }
  const patientId = idOf(data.patient)
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

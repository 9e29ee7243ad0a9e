import type { PayloadRequest } from 'payload'

/**
 * An erased (or deleted) patient's reminder sends, deleted in `req`'s transaction: each names
 * the patient and the days they were reminded. Call it from the erasure
 * (src/patients/erasePatient.ts) and before a patient is deleted.
 */
export const eraseReminderSends = async (req: PayloadRequest, patientId: number | string) => {
  const { docs } = await req.payload.delete({
    collection: 'reminder-sends',
    where: { patient: { equals: patientId } },
    depth: 0,
    select: {},
    req,
  })
  return docs.length
}

import { APIError, type CollectionBeforeDeleteHook } from 'payload'

/**
 * A patient who was sent a program is kept: the deliveries prove what the clinic gave them.
 * Deleting them is refused with why, and what to do instead. A patient never sent anything
 * is deleted with their unsent links.
 */
export const refuseDeleteOfSentPatient: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({
    collection: 'deliveries',
    where: { patient: { equals: id } },
    req,
  })
  if (totalDocs > 0) {
    throw new APIError(
      `This patient was sent ${totalDocs === 1 ? 'a program' : `programs ${totalDocs} times`}, and the record of what was sent must be kept: archive the patient instead (their links stop and nothing more is sent), or have an admin erase their personal data.`,
      409,
      undefined,
      true,
    )
  }
  await req.payload.delete({
    collection: 'patient-links',
    where: { patient: { equals: id } },
    req,
  })
}

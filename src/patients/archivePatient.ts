import type { PayloadRequest } from 'payload'

import { stopLinksWhere } from '../patientLinks/links'
import type { Patient } from '../payload-types'

/**
 * Archives a patient: the clinic's relationship has ended. Their links stop at once (the page
 * answers not-found), nothing more is sent to them (a send is refused, a queued one is not
 * sent), and their records stay readable to staff. The one place an archive happens: call it
 * inside `req`'s transaction.
 */
export const archivePatient = async (req: PayloadRequest, patientId: number): Promise<Patient> => {
  const patient = await req.payload.update({
    collection: 'patients',
    id: patientId,
    depth: 0,
    data: {
      status: 'archived',
      archivedAt: new Date().toISOString(),
      archivedBy: req.user?.id ?? null,
    },
    req,
  })
  await stopLinksWhere(req.payload, { patient: { equals: patientId } }, 'patient-archived', req)
  return patient
}

/**
 * Makes an archived patient active again: their programs can be sent anew, and each send gives
 * them a new link (the stopped ones stay stopped). An erased patient stays archived.
 */
export const restorePatient = async (req: PayloadRequest, patientId: number): Promise<Patient> =>
  req.payload.update({
    collection: 'patients',
    id: patientId,
    depth: 0,
    data: { status: 'active', archivedAt: null, archivedBy: null },
    req,
  })

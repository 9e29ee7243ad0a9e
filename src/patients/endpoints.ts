import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { hasRole } from '../../collections/access/roles'
import { recordAudit } from '../audit/recordAudit'
import { problem } from '../http/problem'
import { noStore } from '../http/programEndpoint'
import { readableRecord, routeId } from '../http/readableRecord'
import { archivePatient, restorePatient } from './archivePatient'
import { erasePatient } from './erasePatient'

const stateOf = (patient: { id: number; status?: string | null; archivedAt?: string | null }) => ({
  id: patient.id,
  status: patient.status,
  archivedAt: patient.archivedAt ?? null,
})

/**
 * An action on one patient by a clinician who may read them or an admin (else 401/403/404,
 * as Payload answers reading the patient).
 */
const patientAction = (
  path: string,
  act: (req: PayloadRequest, id: number) => Promise<Response>,
): Endpoint => ({
  path,
  method: 'post',
  handler: async (req) => {
    const id = routeId(req)
    if (id instanceof Response) {
      return id
    }
    if (!req.user) {
      return problem(401, 'Sign in to change a patient record.')
    }
    if (!hasRole(req.user, 'admin', 'clinician')) {
      return problem(403, 'Only clinicians and admins can change a patient record.')
    }
    await readableRecord(req, 'patients', id)
    return act(req, id)
  },
})

/**
 * `POST /api/patients/:id/archive` and `…/restore` (clinician or admin);
 * `POST /api/patients/:id/erase` with `{ "confirm": "<the patient's id>" }` (admin only).
 */
export const patientEndpoints: Endpoint[] = [
  patientAction('/:id/archive', async (req, id) => {
    const patient = await archivePatient(req, id)
    void recordAudit(req, { action: 'archive', collection: 'patients', ids: [id] })
    return Response.json(
      {
        message: 'Archived: their links no longer open and nothing more is sent to them.',
        patient: stateOf(patient),
      },
      { headers: noStore },
    )
  }),
  patientAction('/:id/restore', async (req, id) => {
    const current = await req.payload.findByID({
      collection: 'patients',
      id,
      depth: 0,
      req,
      select: { erasedAt: true },
    })
    if (current.erasedAt) {
      return problem(409, "This patient's personal data was erased: the record stays archived.")
    }
    const patient = await restorePatient(req, id)
    return Response.json(
      { message: 'Active again: the next send gives them a new link.', patient: stateOf(patient) },
      { headers: noStore },
    )
  }),
  patientAction('/:id/erase', async (req, id) => {
    if (!hasRole(req.user, 'admin')) {
      return problem(403, "Only an admin can erase a patient's personal data.")
    }
    await addDataAndFileToRequest(req).catch(() => undefined)
    const confirm = (req.data as { confirm?: unknown } | undefined)?.confirm
    if (String(confirm ?? '') !== String(id)) {
      return problem(
        400,
        `Erasing cannot be undone: confirm it by sending { "confirm": "${id}" }, the patient's id.`,
      )
    }
    const summary = await erasePatient(req, id)
    void recordAudit(req, { action: 'erase', collection: 'patients', ids: [id] })
    return Response.json(
      {
        message:
          "Personal data erased: name, email, notes and the kept handouts and PDFs are gone; each delivery's dates, content versions and SHA-256 remain.",
        ...summary,
      },
      { headers: noStore },
    )
  }),
]

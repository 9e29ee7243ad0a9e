import config from '@payload-config'
import { getPayload } from 'payload'

import { respondToPatient } from '../../../../patientPage/respond'
import { savePatientForm } from '../../../../patientPage/save'

type Args = { params: Promise<{ path: string[] }> }

/** The patient's own program page, its PDF and its images: outside the admin, no login. */
export const GET = async (request: Request, { params }: Args) =>
  respondToPatient(await getPayload({ config }), request, (await params).path)

/** The page's forms: "Done" / "Undo" for a routine (`…/log`) and the reminder choice (`…/reminders`). */
export const POST = async (request: Request, { params }: Args) =>
  savePatientForm(await getPayload({ config }), request, (await params).path)

export const dynamic = 'force-dynamic'

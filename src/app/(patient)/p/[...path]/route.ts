import config from '@payload-config'
import { getPayload } from 'payload'

import { respondToPatient } from '../../../../patientPage/respond'

type Args = { params: Promise<{ path: string[] }> }

/** The patient's own program page, its PDF and its images: outside the admin, no login. */
export const GET = async (request: Request, { params }: Args) =>
  respondToPatient(await getPayload({ config }), request, (await params).path)

export const dynamic = 'force-dynamic'

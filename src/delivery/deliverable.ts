import type { Payload } from 'payload'

import { idOf } from '../relationships/idOf'
import type { Delivery } from '../payload-types'

/**
 * Why a queued delivery must not go out now, though it was sendable when queued: its program
 * was moved to another patient since (the handout would be the new patient's, the address the
 * former one's), or its patient was archived or erased. Undefined when it may go.
 */
export const whyNotDeliverable = async (
  payload: Payload,
  delivery: Pick<Delivery, 'program' | 'patient'>,
): Promise<string | undefined> => {
  const program = await payload.findByID({
    collection: 'programs',
    id: idOf(delivery.program) as number,
    depth: 0,
    select: { patient: true },
  })
  if (idOf(program.patient) !== idOf(delivery.patient)) {
    return "The program was moved to another patient after this send was queued: send it again to email the program's patient."
  }
  const patient = await payload.findByID({
    collection: 'patients',
    id: idOf(delivery.patient) as number,
    depth: 0,
    select: { status: true, erasedAt: true },
  })
  if (patient.erasedAt) {
    return "The patient's personal data was erased: nothing is sent to them."
  }
  if (patient.status === 'archived') {
    return 'The patient was archived after this send was queued: nothing is sent to an archived patient.'
  }
  return undefined
}

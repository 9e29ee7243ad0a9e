import type { Payload } from 'payload'

import type { User } from '../../src/payload-types'
import { uniqueName } from './fixtures'

/** A patient of `clinician`, their program, and a delivery written as the server writes it. */
export const createPatientRecords = async (
  payload: Payload,
  clinician: User,
  routineId?: number,
) => {
  const patient = await payload.create({
    collection: 'patients',
    data: {
      name: uniqueName('Pat Patient'),
      email: 'pat.patient@example.com',
      emailConsent: true,
      preferredLanguage: 'en',
      clinician: clinician.id,
    },
  })
  const program = await payload.create({
    collection: 'programs',
    data: {
      patient: patient.id,
      clinician: clinician.id,
      routines: routineId ? [routineId] : [],
      status: 'ready',
      startDate: '2026-11-02T00:00:00.000Z',
      template: 'home-program',
    },
  })
  const delivery = await payload.create({
    collection: 'deliveries',
    data: {
      program: program.id,
      patient: patient.id,
      clinician: clinician.id,
      channel: 'email',
      template: 'home-program',
      recipient: patient.email,
      idempotencyKey: uniqueName('key'),
      status: 'sent',
    },
  })
  return { patient, program, delivery }
}

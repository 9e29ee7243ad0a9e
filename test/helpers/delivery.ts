import type { Payload } from 'payload'

import type { Patient, User } from '../../src/payload-types'
import { deliveryQueue } from '../../src/delivery/settings'
import { relyingOnDefaults, uniqueName } from './fixtures'

/** A unique address per patient, so each test can find its own messages. */
export const uniqueAddress = () => `${uniqueName('patient').replace(/\W+/g, '.')}@example.com`

/** A patient of `clinician` who can be emailed, and a ready program for them from `conditions`. */
export const createEmailableProgram = async (
  payload: Payload,
  clinician: User,
  {
    conditions = [] as number[],
    patient: patientData = {} as Partial<Patient>,
    status = 'ready' as const,
  } = {},
) => {
  const patient = await payload.create({
    collection: 'patients',
    data: relyingOnDefaults<'patients'>({
      name: uniqueName('Rosalind Patient'),
      email: uniqueAddress(),
      emailConsent: true,
      clinician: clinician.id,
      ...patientData,
    }),
  })
  const program = await payload.create({
    collection: 'programs',
    depth: 0,
    data: relyingOnDefaults<'programs'>({ patient: patient.id, conditions, status }),
  })
  return { patient, program }
}

/**
 * Runs the delivery jobs that are due now, each once, as the app's queue runner would: 50 at a
 * time, newest first, until none is left. Other files' leftover jobs in the suite's database keep
 * coming due again (each retry waits only 200 ms in tests): run oldest first, as Payload does,
 * they filled every batch and this file's own job was never run; and a job retried here is not
 * run again by the same call (only jobs last written before it started are taken).
 */
export const runDueDeliveries = async (payload: Payload) => {
  const startedAt = new Date().toISOString()
  for (let round = 0; round < 20; round += 1) {
    const { noJobsRemaining } = await payload.jobs.run({
      queue: deliveryQueue,
      limit: 50,
      processingOrder: '-createdAt',
      where: { updatedAt: { less_than_equal: startedAt } },
      silent: true,
    })
    if (noJobsRemaining) {
      return
    }
  }
}

export const deliveriesOf = async (payload: Payload, programId: number) =>
  (
    await payload.find({
      collection: 'deliveries',
      where: { program: { equals: programId } },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
  ).docs

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

import type { Payload } from 'payload'

import type { PatientLink } from '../payload-types'
import { linkClock } from './clock'
import { linkToken, tokenHash } from './token'

const DAY_MS = 24 * 60 * 60 * 1000
export const defaultLinkDays = 180

/** The program's link as stored (hash and version included: server side only). */
export const linkOfProgram = async (
  payload: Payload,
  programId: number,
): Promise<PatientLink | undefined> =>
  (
    await payload.find({
      collection: 'patient-links',
      where: { program: { equals: programId } },
      limit: 1,
      depth: 0,
      pagination: false,
    })
  ).docs[0]

/** The clinic's link lifetime: this many days after the last send. */
const linkDays = async (payload: Payload) => {
  const settings = await payload.findGlobal({ slug: 'clinic-settings', depth: 0 })
  return settings.patientLinkDays || defaultLinkDays
}

const activeUntil = async (payload: Payload) =>
  new Date(linkClock.now().getTime() + (await linkDays(payload)) * DAY_MS).toISOString()

/** A fresh link version: a new token, nothing opened yet. */
const freshVersion = (programId: number, version: number) => ({
  version,
  tokenHash: tokenHash(linkToken(programId, version)),
  state: 'active' as const,
  stoppedAt: null,
  openCount: 0,
  lastOpenedAt: null,
  lastOpenedFrom: null,
})

const isUniqueViolation = (error: unknown) =>
  error instanceof Error && /unique|duplicate|already/i.test(error.message)

/**
 * The token to print in a handout being sent: the program's link, made on its first send and
 * made anew when it was stopped (a stopped link stays stopped: the send gives a new one).
 */
export const linkTokenForSend = async (payload: Payload, programId: number): Promise<string> => {
  const link = await linkOfProgram(payload, programId)
  if (link?.state === 'active') {
    return linkToken(programId, link.version)
  }
  if (link) {
    const version = link.version + 1
    await payload.update({
      collection: 'patient-links',
      id: link.id,
      depth: 0,
      data: freshVersion(programId, version),
    })
    return linkToken(programId, version)
  }
  try {
    await payload.create({
      collection: 'patient-links',
      depth: 0,
      data: {
        program: programId,
        ...freshVersion(programId, 1),
        expiresAt: await activeUntil(payload),
      },
    })
    return linkToken(programId, 1)
  } catch (error) {
    // Two sends of the same program at once: the other one made the link.
    if (!isUniqueViolation(error) || !(await linkOfProgram(payload, programId))) {
      throw error
    }
    return linkTokenForSend(payload, programId)
  }
}

/** A delivery was sent: the page shows it from now on, and the link lives on from today. */
export const recordLinkSent = async (payload: Payload, programId: number, deliveryId: number) => {
  const link = await linkOfProgram(payload, programId)
  if (!link) {
    return
  }
  await payload.update({
    collection: 'patient-links',
    id: link.id,
    depth: 0,
    data: {
      delivery: deliveryId,
      lastSentAt: linkClock.now().toISOString(),
      expiresAt: await activeUntil(payload),
    },
  })
}

/** "Stop this link": the page, its PDF and its images answer as for an unknown link. */
export const stopLink = async (payload: Payload, link: PatientLink) =>
  payload.update({
    collection: 'patient-links',
    id: link.id,
    depth: 0,
    data: { state: 'stopped', stoppedAt: linkClock.now().toISOString() },
  })

/** "New link": the old token stops working, a new one shows the same last sent program. */
export const renewLink = async (payload: Payload, link: PatientLink, programId: number) =>
  payload.update({
    collection: 'patient-links',
    id: link.id,
    depth: 0,
    data: { ...freshVersion(programId, link.version + 1), expiresAt: await activeUntil(payload) },
  })

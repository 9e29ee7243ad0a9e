import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { and, eq, isNull, ne, or, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest, Where } from 'payload'

import type { PatientLinkStopReason } from '../../collections/vocabularies'
import { payloadTable } from '../db/payloadTables'
import { idOf } from '../relationships/idOf'
import type { LibraryReader } from '../handouts/compose/reader'
import type { PatientLink } from '../payload-types'
import { linkClock } from './clock'
import { linkToken, madeWithCurrentSecret, tokenHash, type TokenParts } from './token'

/*
 * The only module that writes patient links: sends make and extend them, staff stop and renew
 * them, archiving, erasing and moving programs stop them, and the page's visits are counted
 * here (recordOpens), so what a link's row may hold is decided in one place.
 */

const DAY_MS = 24 * 60 * 60 * 1000
export const defaultLinkDays = 180

/** A stored link's program, patient and version: what its token is made from. */
export const tokenPartsOf = (link: PatientLink): TokenParts => ({
  program: idOf(link.program) as number,
  patient: idOf(link.patient) as number,
  version: link.version,
  format: link.tokenFormat ?? 2,
})

/** Whether the stored link's hash is of the token the current secret makes. */
export const worksUnderCurrentSecret = (link: PatientLink): boolean =>
  madeWithCurrentSecret({ ...tokenPartsOf(link), tokenHash: link.tokenHash })

/** The link made for this program and patient, as stored (hash and version: server side only). */
export const linkFor = async (
  payload: Payload,
  programId: number,
  patientId: number,
): Promise<PatientLink | undefined> =>
  (
    await payload.find({
      collection: 'patient-links',
      where: { program: { equals: programId }, patient: { equals: patientId } },
      limit: 1,
      depth: 0,
      pagination: false,
    })
  ).docs[0]

/**
 * The link the clinician's panel is about: the one made for the program's patient, or, when
 * none was made for them yet, the last one made for a former patient of the program (stopped
 * when the program moved, and shown so, with why).
 */
export const linkOfProgram = async (
  payload: Payload,
  programId: number,
  patientId: number,
): Promise<PatientLink | undefined> =>
  (await linkFor(payload, programId, patientId)) ??
  (
    await payload.find({
      collection: 'patient-links',
      where: { program: { equals: programId } },
      sort: '-updatedAt',
      limit: 1,
      depth: 0,
      pagination: false,
    })
  ).docs[0]

/** Where the clinic's settings are read from: Payload, or a send's cached reads of the library. */
type SettingsReader = Pick<LibraryReader, 'findGlobal'>

/** The clinic's link lifetime: this many days after the last send. */
const linkDays = async (reader: SettingsReader) => {
  const settings = await reader.findGlobal({ slug: 'clinic-settings', depth: 0 })
  return settings.patientLinkDays || defaultLinkDays
}

const activeUntil = async (reader: SettingsReader) =>
  new Date(linkClock.now().getTime() + (await linkDays(reader)) * DAY_MS).toISOString()

/** A fresh link version: a new token under the current secret, nothing opened yet. */
const freshVersion = (parts: TokenParts) => ({
  version: parts.version,
  tokenFormat: 2,
  tokenHash: tokenHash(linkToken({ ...parts, format: 2 })),
  state: 'active' as const,
  stoppedAt: null,
  stopReason: null,
  openCount: 0,
  lastOpenedAt: null,
  lastOpenedFrom: null,
})

/**
 * The token to print in a handout being sent to `patientId`: their link to the program, made
 * on the first send to them, and made anew when it was stopped or when the server's secret
 * changed since (a link the secret no longer makes is never mailed again).
 */
export const linkTokenForSend = async (
  payload: Payload,
  programId: number,
  patientId: number,
  reader: SettingsReader = payload,
): Promise<string> => {
  const first = { program: programId, patient: patientId, version: 1 }
  if (await createFirstLink(payload, first, reader)) {
    return linkToken(first)
  }
  const link = await linkFor(payload, programId, patientId)
  if (!link) {
    throw new Error(`The patient link of program ${programId} could not be made or found.`)
  }
  if (link.state === 'active' && worksUnderCurrentSecret(link)) {
    return linkToken(tokenPartsOf(link))
  }
  const parts = { ...tokenPartsOf(link), version: link.version + 1, format: 2 }
  await payload.update({
    collection: 'patient-links',
    id: link.id,
    depth: 0,
    data: freshVersion(parts),
  })
  return linkToken(parts)
}

/** The columns a program's first link is written with (Payload's field names). */
export const FIRST_LINK_COLUMNS = [
  'program',
  'patient',
  'version',
  'tokenFormat',
  'tokenHash',
  'state',
  'openCount',
  'expiresAt',
  'createdAt',
  'updatedAt',
] as const

/**
 * The program's first link for this patient, in one statement; false when they already have
 * one (the database's unique keys decide, so two sends at once make one link).
 */
const createFirstLink = async (payload: Payload, parts: TokenParts, reader: SettingsReader) => {
  const links = payloadTable(payload, 'patient-links', FIRST_LINK_COLUMNS)
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const { version, tokenFormat, tokenHash, state, openCount } = freshVersion(parts)
  const rows = await drizzle
    .insert(links)
    .values({
      program: parts.program,
      patient: parts.patient,
      version,
      tokenFormat,
      tokenHash,
      state,
      openCount,
      expiresAt: await activeUntil(reader),
      createdAt: sql`now()`,
      updatedAt: sql`now()`,
    } as Record<(typeof FIRST_LINK_COLUMNS)[number], unknown>)
    .onConflictDoNothing()
    .returning({ program: links.program })
  return rows.length > 0
}

/** A delivery was sent: the page shows it from now on, and the link lives on from today. */
export const recordLinkSent = async (
  payload: Payload,
  programId: number,
  patientId: number,
  deliveryId: number,
  reader: SettingsReader = payload,
) => {
  const link = payloadTable(payload, 'patient-links', SENT_COLUMNS)
  const { drizzle } = payload.db as unknown as PostgresAdapter
  await drizzle
    .update(link)
    .set({
      delivery: deliveryId,
      lastSentAt: linkClock.now().toISOString(),
      expiresAt: await activeUntil(reader),
      updatedAt: sql`now()`,
    } as Record<(typeof SENT_COLUMNS)[number], unknown>)
    .where(and(eq(link.program, programId), eq(link.patient, patientId)))
}

/** "Stop this link": the page, its PDF and its images answer as for an unknown link. */
export const stopLink = async (payload: Payload, link: PatientLink) =>
  payload.update({
    collection: 'patient-links',
    id: link.id,
    depth: 0,
    data: {
      state: 'stopped',
      stoppedAt: linkClock.now().toISOString(),
      stopReason: 'stopped-by-staff',
    },
  })

/**
 * Stops at once every active link `where` selects, saying why (in `req`'s transaction when
 * given): a program moved to another patient, a patient archived or erased.
 */
export const stopLinksWhere = async (
  payload: Payload,
  where: Where,
  reason: PatientLinkStopReason,
  req?: PayloadRequest,
) =>
  payload.update({
    collection: 'patient-links',
    where: { and: [where, { state: { equals: 'active' } }] },
    depth: 0,
    data: { state: 'stopped', stoppedAt: linkClock.now().toISOString(), stopReason: reason },
    ...(req ? { req } : {}),
  })

/**
 * An erased patient's links: stopped, and the network they were last opened from forgotten (in
 * `req`'s transaction). Visits counted but not yet written are then never written to them.
 */
export const eraseLinksOfPatient = async (req: PayloadRequest, patientId: number, now: string) =>
  req.payload.update({
    collection: 'patient-links',
    where: { patient: { equals: patientId } },
    depth: 0,
    req,
    data: { state: 'stopped', stopReason: 'patient-erased', stoppedAt: now, lastOpenedFrom: null },
  })

/** A deleted patient's links (only ever made for a send that never went out), in `req`'s transaction. */
export const deleteLinksOfPatient = async (req: PayloadRequest, patientId: number | string) =>
  req.payload.delete({
    collection: 'patient-links',
    where: { patient: { equals: patientId } },
    req,
  })

/** "New link": the old token stops working, a new one shows the same last sent program. */
export const renewLink = async (payload: Payload, link: PatientLink) =>
  payload.update({
    collection: 'patient-links',
    id: link.id,
    depth: 0,
    data: {
      ...freshVersion({ ...tokenPartsOf(link), version: link.version + 1, format: 2 }),
      expiresAt: await activeUntil(payload),
    },
  })

/** Visits to one link counted since its last write: how many, the last one's time and network. */
export type LinkOpens = { count: number; at: string; network: string }

/** The columns recordLinkSent writes and selects by (Payload's field names): checked at first use. */
export const SENT_COLUMNS = [
  'program',
  'patient',
  'delivery',
  'lastSentAt',
  'expiresAt',
  'updatedAt',
] as const

/** The columns recordOpens writes (Payload's field names): checked at first use. */
export const OPENS_COLUMNS = [
  'id',
  'openCount',
  'lastOpenedAt',
  'lastOpenedFrom',
  'stopReason',
] as const

/**
 * Adds counted visits to a link in one statement, without reading it first: the count grows by
 * what was counted, the last-opened time never goes back, and the network is the last visit's.
 * Nothing is written to the link of a patient erased since the visits were counted.
 */
export const recordOpens = async (payload: Payload, linkId: number, opens: LinkOpens) => {
  const link = payloadTable(payload, 'patient-links', OPENS_COLUMNS)
  const { drizzle } = payload.db as unknown as PostgresAdapter
  await drizzle
    .update(link)
    .set({
      openCount: sql`${link.openCount} + ${opens.count}`,
      lastOpenedAt: sql`GREATEST(${link.lastOpenedAt}, ${opens.at}::timestamptz)`,
      lastOpenedFrom: opens.network,
    } as Record<(typeof OPENS_COLUMNS)[number], unknown>)
    .where(
      and(
        eq(link.id, linkId),
        // Counted before the patient was erased: nothing of the visit is kept.
        or(isNull(link.stopReason), ne(link.stopReason, 'patient-erased')),
      ),
    )
}

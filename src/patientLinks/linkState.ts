import type { Payload } from 'payload'

import type { PatientLinkStopReason } from '../../collections/vocabularies'
import { idOf } from '../relationships/idOf'
import type { PatientLink } from '../payload-types'
import { linkClock } from './clock'
import { linkOfProgram, tokenPartsOf, worksUnderCurrentSecret } from './links'
import { programPageUrl } from './linkUrl'
import { linkToken } from './token'

/** Why the panel shows a link stopped: a stored reason, or the server's secret changed. */
export type LinkStopReason = PatientLinkStopReason | 'secret-changed'

/** What the clinician's panel shows of a program's link. */
export type LinkState = {
  state: 'none' | 'active' | 'expired' | 'stopped'
  /** Why a stopped link stopped. */
  reason?: LinkStopReason
  /** The link itself, for "Copy link": only while it works. */
  url?: string
  expiresAt?: string | null
  lastSentAt?: string | null
  lastOpenedAt?: string | null
  openCount: number
}

/** The program's patient as the panel judges a link by. */
export type LinkOwner = { id: number; status?: string | null; erasedAt?: string | null }

/**
 * Why this link does not open its program, among the reasons the page's lookup refuses it:
 * the same tests, so the panel never calls "active" a link that answers not-found.
 */
const whyStopped = (link: PatientLink, owner: LinkOwner): LinkStopReason | undefined => {
  if (idOf(link.patient) !== owner.id) {
    return 'patient-changed'
  }
  if (owner.erasedAt) {
    return 'patient-erased'
  }
  if (owner.status === 'archived') {
    return 'patient-archived'
  }
  if (link.state === 'stopped') {
    return link.stopReason ?? 'stopped-by-staff'
  }
  if (!worksUnderCurrentSecret(link)) {
    return 'secret-changed'
  }
  return undefined
}

export const linkState = (link: PatientLink | undefined, owner: LinkOwner): LinkState => {
  // A link made for a send that never went out opens nothing yet.
  if (!link || (!link.delivery && idOf(link.patient) === owner.id && link.state === 'active')) {
    return { state: 'none', openCount: 0 }
  }
  const reason = whyStopped(link, owner)
  const expired = !link.expiresAt || new Date(link.expiresAt) <= linkClock.now()
  const state = reason ? 'stopped' : expired ? 'expired' : 'active'
  return {
    state,
    ...(reason ? { reason } : {}),
    url: state === 'active' ? programPageUrl(linkToken(tokenPartsOf(link))) : undefined,
    expiresAt: link.expiresAt,
    lastSentAt: link.lastSentAt,
    lastOpenedAt: link.lastOpenedAt,
    openCount: link.openCount,
  }
}

/** The program's patient (id, archived or erased), read as the server. */
export const ownerOfProgram = async (payload: Payload, programId: number): Promise<LinkOwner> => {
  const program = await payload.findByID({
    collection: 'programs',
    id: programId,
    depth: 0,
    select: { patient: true },
  })
  const patient = await payload.findByID({
    collection: 'patients',
    id: idOf(program.patient) as number,
    depth: 0,
    select: { status: true, erasedAt: true },
  })
  return { id: patient.id, status: patient.status, erasedAt: patient.erasedAt }
}

/** The panel's link and its state, for the program's current patient. */
export const linkOfProgramNow = async (payload: Payload, programId: number) => {
  const owner = await ownerOfProgram(payload, programId)
  const link = await linkOfProgram(payload, programId, owner.id)
  return { owner, link, state: linkState(link, owner) }
}

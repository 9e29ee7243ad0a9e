import type { PatientLink } from '../payload-types'
import { linkClock } from './clock'
import { programPageUrl } from './linkUrl'
import { linkToken } from './token'

/** What the clinician's panel shows of a program's link. */
export type LinkState = {
  state: 'none' | 'active' | 'expired' | 'stopped'
  /** The link itself, for "Copy link": only while it works. */
  url?: string
  expiresAt?: string | null
  lastSentAt?: string | null
  lastOpenedAt?: string | null
  openCount: number
}

export const linkState = (programId: number, link: PatientLink | undefined): LinkState => {
  if (!link) {
    return { state: 'none', openCount: 0 }
  }
  const expired = !link.expiresAt || new Date(link.expiresAt) <= linkClock.now()
  const state = link.state === 'stopped' ? 'stopped' : expired ? 'expired' : 'active'
  return {
    state,
    url:
      state === 'active' && link.delivery
        ? programPageUrl(linkToken(programId, link.version))
        : undefined,
    expiresAt: link.expiresAt,
    lastSentAt: link.lastSentAt,
    lastOpenedAt: link.lastOpenedAt,
    openCount: link.openCount,
  }
}

import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { isTimeZone } from '../../collections/fields/timeZone'

/** The clinic's default when its settings name none (as the settings' own default). */
export const FALLBACK_TIME_ZONE = 'Europe/London'

/** The clinic's time zone, read at most once a minute. */
const clinicZones = new LRUCache<'clinic', string>({ max: 1, ttl: 60_000 })

const clinicTimeZone = async (payload: Payload): Promise<string> => {
  const cached = clinicZones.get('clinic')
  if (cached) {
    return cached
  }
  const settings = await payload.findGlobal({
    slug: 'clinic-settings',
    depth: 0,
    select: { timeZone: true },
  })
  const zone =
    settings.timeZone && isTimeZone(settings.timeZone) ? settings.timeZone : FALLBACK_TIME_ZONE
  clinicZones.set('clinic', zone)
  return zone
}

/** The zone a patient's day is judged in: their own when set, else the clinic's. */
export const patientTimeZone = async (
  payload: Payload,
  own: string | null | undefined,
): Promise<string> => (own && isTimeZone(own) ? own : clinicTimeZone(payload))

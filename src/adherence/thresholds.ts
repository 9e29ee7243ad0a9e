import type { ClinicSetting } from '../payload-types'

/** The alert thresholds a clinic starts with (clinic settings → Adherence alerts). */
export const defaultAlertThresholds = {
  /** A logged pain at or above this is urgent. */
  painUrgentAt: 7,
  /** A pain this much above the first-week average. */
  painRiseBy: 2,
  /** Days in a row without any log while the program is active. */
  noLogDays: 4,
  /** 7-day adherence this many percentage points below the 30-day one. */
  adherenceDropPoints: 20,
}

export type AlertThresholds = typeof defaultAlertThresholds

/** The clinic's thresholds, each falling back to its default when the settings predate it. */
export const thresholdsOf = (
  settings: Pick<ClinicSetting, 'adherenceAlerts'> | null | undefined,
): AlertThresholds => {
  const stored = (settings?.adherenceAlerts ?? {}) as Partial<
    Record<keyof AlertThresholds, unknown>
  >
  const pick = (name: keyof AlertThresholds) =>
    typeof stored[name] === 'number' ? (stored[name] as number) : defaultAlertThresholds[name]
  return {
    painUrgentAt: pick('painUrgentAt'),
    painRiseBy: pick('painRiseBy'),
    noLogDays: pick('noLogDays'),
    adherenceDropPoints: pick('adherenceDropPoints'),
  }
}

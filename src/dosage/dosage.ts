import type { frequencies, pressureLevels, timesOfDay } from '../../collections/vocabularies'

export type Dosage = {
  durationMinutes?: number | null
  repetitions?: number | null
  sets?: number | null
  holdSeconds?: number | null
  restSeconds?: number | null
  pressure?: (typeof pressureLevels)[number] | null
  frequency?: (typeof frequencies)[number] | null
  timeOfDay?: Array<(typeof timesOfDay)[number]> | null
}

const isSet = (value: unknown): boolean =>
  value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)

/** A routine item's dosage: each part it sets wins over the technique's default. */
export const effectiveDosage = (
  defaults: Dosage | null | undefined,
  override: Dosage | null | undefined,
): Dosage => {
  const merged: Dosage = { ...(defaults ?? {}) }
  for (const [key, value] of Object.entries(override ?? {})) {
    if (isSet(value)) {
      ;(merged as Record<string, unknown>)[key] = value
    }
  }
  return merged
}

/**
 * Minutes one item takes: its duration when given, else reps × sets × hold (at least 5 s a
 * repetition) plus the rests between sets.
 */
export const minutesFor = (dosage: Dosage): number => {
  if (dosage.durationMinutes) {
    return dosage.durationMinutes
  }
  const sets = dosage.sets ?? 1
  const repetitions = dosage.repetitions ?? 1
  const secondsPerRepetition = Math.max(dosage.holdSeconds ?? 0, 5)
  const seconds = sets * repetitions * secondsPerRepetition + (sets - 1) * (dosage.restSeconds ?? 0)
  return seconds / 60
}

import { effectiveDosage, type Dosage } from '../../dosage/dosage'

type Key = keyof Dosage

/** How often and when say when the routine is done: inside a routine they belong to it. */
const scheduleKeys: Key[] = ['frequency', 'timeOfDay']
const timeKeys: Key[] = ['durationMinutes']
const countKeys: Key[] = ['repetitions', 'sets', 'holdSeconds', 'restSeconds']

const isSet = (value: unknown) =>
  value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)

const without = (dosage: Dosage, keys: Key[]): Dosage =>
  Object.fromEntries(Object.entries(dosage).filter(([key]) => !keys.includes(key as Key)))

/**
 * A routine item's dosage, with the technique's default filling only what does not contradict
 * the routine: never its schedule (a "once a week" default inside a daily routine), never
 * counts beside a time the item gives (or a time beside counts), and no rest between sets
 * when there is one set.
 */
export const dosageInRoutine = (
  defaults: Dosage | null | undefined,
  item: Dosage | null | undefined,
): Dosage => {
  const given = item ?? {}
  const gives = (keys: Key[]) => keys.some((key) => isSet(given[key]))
  const dropped = [
    ...scheduleKeys,
    ...(gives(timeKeys) && !gives(countKeys) ? countKeys : []),
    ...(gives(countKeys) && !gives(timeKeys) ? timeKeys : []),
  ]
  const merged = effectiveDosage(without(defaults ?? {}, dropped), given)
  return (merged.sets ?? 1) <= 1 && !isSet(given.restSeconds)
    ? without(merged, ['restSeconds'])
    : merged
}

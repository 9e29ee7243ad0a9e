import type { Payload } from 'payload'

import { effectiveDosage } from '../dosage/dosage'
import { idOf } from '../relationships/idOf'
import { routineCadence, type Frequency } from './plannedSessions'

/** A routine with how often it is planned. */
export type RoutineCadence = { id: number; name: string; frequency: Frequency }

/** A routine for flare-ups is done when one comes, never on a plan (nor named in reminders). */
const AS_NEEDED_PURPOSES = new Set(['flare-up'])

/**
 * Routines read with their cadence: the most frequent of their items' effective frequencies
 * (the item's, else the technique's default); as needed for a flare-up routine. A routine
 * deleted from the library is left out.
 */
export const routineCadences = async (
  payload: Payload,
  ids: number[],
): Promise<RoutineCadence[]> => {
  if (ids.length === 0) {
    return []
  }
  const { docs: routines } = await payload.find({
    collection: 'routines',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    select: { name: true, items: true, purpose: true },
  })
  const techniqueIds = [
    ...new Set(routines.flatMap((routine) => routine.items.map((item) => idOf(item.technique)))),
  ].filter((id): id is number => id !== undefined)
  const techniques = techniqueIds.length
    ? (
        await payload.find({
          collection: 'techniques',
          where: { id: { in: techniqueIds } },
          depth: 0,
          limit: techniqueIds.length,
          pagination: false,
          select: { defaultDosage: true },
        })
      ).docs
    : []
  const defaults = new Map(techniques.map((technique) => [technique.id, technique.defaultDosage]))
  return routines.map((routine) => ({
    id: routine.id,
    name: routine.name,
    frequency: AS_NEEDED_PURPOSES.has(routine.purpose)
      ? 'as-needed'
      : routineCadence(
          routine.items.map(
            (item) =>
              effectiveDosage(defaults.get(idOf(item.technique) as number), item.dosage).frequency,
          ),
        ),
  }))
}

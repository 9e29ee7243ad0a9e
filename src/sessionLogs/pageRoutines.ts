import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { routineCadence, type Frequency } from '../adherence/plannedSessions'
import { effectiveDosage } from '../dosage/dosage'
import type { HandoutSnapshot } from '../handouts/snapshot/schema'
import { idOf } from '../relationships/idOf'

/** A routine the patient's page shows, with how often it is planned. */
export type PageRoutine = { id: number; name: string; frequency: Frequency }

/**
 * The routines a sent program was made from: the snapshot records the version of each
 * document composed (`routines:<id>`), and a home program reads only its own routines.
 */
export const sentRoutineIds = (snapshot: HandoutSnapshot): number[] =>
  snapshot.template === 'home-program'
    ? Object.keys(snapshot.contentVersions).flatMap((key) => {
        const match = /^routines:(\d+)$/.exec(key)
        return match ? [Number(match[1])] : []
      })
    : []

/** Where a routine's plan stands in the sent handout (its heading), for the page's order. */
const positionIn = (snapshot: HandoutSnapshot, name: string) => {
  const at = snapshot.document.blocks.findIndex(
    (block) =>
      block.type === 'heading' &&
      block.level === 3 &&
      (block.text === name || block.text.startsWith(`${name}, `)),
  )
  return at === -1 ? Number.MAX_SAFE_INTEGER : at
}

/** Each delivery's routines, read at most once a minute (names and dosages may be edited). */
const routinesByDelivery = new LRUCache<number, PageRoutine[]>({ max: 500, ttl: 60_000 })

/**
 * The routines on a delivery's page, in the order the handout's plan gives them, each with its
 * cadence: the most frequent of its items' effective frequencies (the item's, else the
 * technique's default). A routine deleted from the library since the send is left out.
 */
export const pageRoutines = async (
  payload: Payload,
  delivery: { id: number; snapshot: HandoutSnapshot },
): Promise<PageRoutine[]> => {
  const cached = routinesByDelivery.get(delivery.id)
  if (cached) {
    return cached
  }
  const ids = sentRoutineIds(delivery.snapshot)
  const routines = ids.length
    ? (
        await payload.find({
          collection: 'routines',
          where: { id: { in: ids } },
          depth: 0,
          limit: ids.length,
          pagination: false,
          select: { name: true, items: true },
        })
      ).docs
    : []
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
  const result = routines
    .map((routine) => ({
      id: routine.id,
      name: routine.name,
      frequency: routineCadence(
        routine.items.map(
          (item) =>
            effectiveDosage(defaults.get(idOf(item.technique) as number), item.dosage).frequency,
        ),
      ),
    }))
    .sort(
      (a, b) =>
        positionIn(delivery.snapshot, a.name) - positionIn(delivery.snapshot, b.name) ||
        a.id - b.id,
    )
  routinesByDelivery.set(delivery.id, result)
  return result
}

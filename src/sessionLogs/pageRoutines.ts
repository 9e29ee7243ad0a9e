import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { routineCadences, type RoutineCadence } from '../adherence/routineCadences'
import type { HandoutSnapshot } from '../handouts/snapshot/schema'

/** A routine the patient's page shows, with how often it is planned. */
export type PageRoutine = RoutineCadence

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
 * cadence (`routineCadences`). A routine deleted from the library since the send is left out.
 */
export const pageRoutines = async (
  payload: Payload,
  delivery: { id: number; snapshot: HandoutSnapshot },
): Promise<PageRoutine[]> => {
  const cached = routinesByDelivery.get(delivery.id)
  if (cached) {
    return cached
  }
  const result = (await routineCadences(payload, sentRoutineIds(delivery.snapshot))).sort(
    (a, b) =>
      positionIn(delivery.snapshot, a.name) - positionIn(delivery.snapshot, b.name) || a.id - b.id,
  )
  routinesByDelivery.set(delivery.id, result)
  return result
}

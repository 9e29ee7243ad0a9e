import type { CollectionBeforeChangeHook } from 'payload'
import { idsOf } from '../../../src/relationships/idOf'

type Ref = number | { id: number }

/**
 * A condition is a protocol template: a new program that names conditions but no routines
 * starts with the conditions' recommended routines, in order, without repeats.
 */
export const prefillRoutinesFromConditions: CollectionBeforeChangeHook = async ({
  data,
  operation,
  req,
}) => {
  const conditions: Ref[] = data.conditions ?? []
  const routines: Ref[] = data.routines ?? []
  if (operation !== 'create' || conditions.length === 0 || routines.length > 0) {
    return data
  }
  const { docs } = await req.payload.find({
    collection: 'conditions',
    where: { id: { in: idsOf(conditions) } },
    depth: 0,
    limit: conditions.length,
    select: { recommendedRoutines: true },
    req,
  })
  const byId = new Map(docs.map((condition) => [condition.id, condition]))
  const recommended = idsOf(conditions).flatMap(
    (id) => (byId.get(id)?.recommendedRoutines ?? []) as Ref[],
  )
  return { ...data, routines: [...new Set(idsOf(recommended))] }
}

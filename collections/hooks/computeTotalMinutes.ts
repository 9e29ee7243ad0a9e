import type { CollectionBeforeChangeHook } from 'payload'

import { effectiveDosage, minutesFor, type Dosage } from '../../src/dosage/dosage'
import { idOf, idsOf } from '../../src/relationships/idOf'

type Item = { technique?: number | { id: number } | null; dosage?: Dosage | null }

/** Sums the routine's items, each with its dosage merged over the technique's default. */
export const computeTotalMinutes: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const items: Item[] = data.items ?? originalDoc?.items ?? []
  const ids = [...new Set(idsOf(items.map((item) => item.technique)))]
  const { docs: techniques } = ids.length
    ? await req.payload.find({
        collection: 'techniques',
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        draft: true,
        req,
        select: { defaultDosage: true },
      })
    : { docs: [] }
  const defaults = new Map(techniques.map((technique) => [technique.id, technique.defaultDosage]))
  const minutes = items.reduce((total, item) => {
    const id = idOf(item.technique)
    return (
      total + minutesFor(effectiveDosage(id === undefined ? null : defaults.get(id), item.dosage))
    )
  }, 0)
  return { ...data, totalMinutes: Math.round(minutes) }
}

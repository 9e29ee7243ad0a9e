import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { asc, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { payloadTable } from './payloadTables'
import { databaseOf } from './requestTransaction'

/** The columns of the `library-state` global read and written here (Payload's field names). */
export const GENERATION_COLUMNS = ['id', 'generation', 'updatedAt', 'createdAt'] as const

const libraryState = (payload: Payload) =>
  payloadTable(payload, 'library-state', GENERATION_COLUMNS)

/**
 * How many times the library (what a visitor may read and every handout is made from) has
 * changed: the hidden `library-state` global's one row. Anything kept from the library is
 * good while this number stands.
 */
export const libraryGeneration = async (payload: Payload) => {
  const state = libraryState(payload)
  const { drizzle } = payload.db as unknown as PostgresAdapter
  const rows = await drizzle
    .select({ generation: state.generation })
    .from(state)
    .orderBy(asc(state.id))
    .limit(1)
  return Number(rows[0]?.generation ?? 0)
}

/**
 * Adds one to the library's change count, in the request's open transaction, so the count
 * changes when the change itself commits.
 */
export const countLibraryChange = async (req: PayloadRequest) => {
  const state = libraryState(req.payload)
  const database = await databaseOf(req)
  await database
    .insert(state)
    .values({ id: 1, generation: 1, updatedAt: sql`now()`, createdAt: sql`now()` } as Record<
      (typeof GENERATION_COLUMNS)[number],
      unknown
    >)
    .onConflictDoUpdate({
      target: state.id,
      set: { generation: sql`${state.generation} + 1`, updatedAt: sql`now()` } as Record<
        'generation' | 'updatedAt',
        unknown
      >,
    })
}

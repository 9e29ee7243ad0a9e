import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

const adapterOf = (payload: Payload) => payload.db as unknown as PostgresAdapter

/**
 * How many times the library (what a visitor may read and every handout is made from) has
 * changed: the hidden `library-state` global's one row. Anything kept from the library is
 * good while this number stands.
 */
export const libraryGeneration = async (payload: Payload) => {
  const { rows } = await adapterOf(payload).drizzle.execute<{ generation: string | number }>(
    sql`select generation from library_state order by id limit 1`,
  )
  return Number(rows[0]?.generation ?? 0)
}

/**
 * Adds one to the library's change count, in the request's open transaction, so the count
 * changes when the change itself commits.
 */
export const countLibraryChange = async (req: PayloadRequest) => {
  const adapter = adapterOf(req.payload)
  const transaction = req.transactionID ? await req.transactionID : undefined
  const database =
    (transaction !== undefined && adapter.sessions?.[transaction]?.db) || adapter.drizzle
  await database.execute(sql`
    insert into library_state (id, generation, updated_at, created_at)
    values (1, 1, now(), now())
    on conflict (id) do update set generation = library_state.generation + 1, updated_at = now()
  `)
}

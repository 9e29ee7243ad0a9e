import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

import { missingMembers } from '../seams/missingMembers'

/** Payload's postgres adapter no longer keeps a request's transaction where we read it. */
export class PayloadAdapterShapeError extends Error {
  name = 'PayloadAdapterShapeError'
  constructor(missing: readonly string[]) {
    super(
      `@payloadcms/db-postgres no longer has ${missing.join(', ')}: ` +
        'src/db/requestTransaction.ts needs updating (it reads the drizzle handle of a ' +
        'request’s open transaction, as the adapter’s own getTransaction does)',
    )
  }
}

type Session = PostgresAdapter['sessions'][string]
type Database = Session['db'] | PostgresAdapter['drizzle']

/**
 * The drizzle handle to write with in `req`'s open transaction (so the write commits or rolls
 * back with the request's own), or the adapter's outside one. Payload keeps open transactions
 * in `payload.db.sessions` by `req.transactionID` and exports no way to read them (its
 * `getTransaction` is internal to @payloadcms/drizzle 3.90): this is the one place that reads
 * them, checking first that they still have the shape read here.
 */
export const databaseOf = async (req: PayloadRequest): Promise<Database> => {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transaction = req.transactionID ? await req.transactionID : undefined
  if (transaction === undefined) {
    return adapter.drizzle
  }
  const missing = missingMembers('PostgresAdapter', adapter, { sessions: 'object' })
  if (missing.length > 0) {
    throw new PayloadAdapterShapeError(missing)
  }
  const session: unknown = adapter.sessions[String(transaction)]
  if (session === undefined) {
    // Already committed or rolled back: the adapter's own getTransaction falls back likewise.
    return adapter.drizzle
  }
  const shape = [
    ...missingMembers('PostgresAdapter.sessions[id]', session, { db: 'object' }),
    ...missingMembers('PostgresAdapter.sessions[id].db', (session as Partial<Session>).db, {
      execute: 'function',
      insert: 'function',
    }),
  ]
  if (shape.length > 0) {
    throw new PayloadAdapterShapeError(shape)
  }
  return (session as Session).db
}

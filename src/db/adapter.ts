import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'

import { projectRoot } from '../paths'
import { embeddedUrl, usesEmbeddedDatabase } from './embedded'
import { quietSchemaPush } from './quietSchemaPush'
import { trackedPg } from './trackedPool'

const STATEMENT_TIMEOUT_MS = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15_000)

/**
 * One adapter for both databases: a PostgreSQL server at `DATABASE_URL`, or without it the
 * embedded PGlite that `npm run dev` serves on a loopback port.
 */
export const databaseAdapter = () =>
  quietSchemaPush(
    postgresAdapter({
      // Its pool knows which clients it has checked out (shutdown.ts, keepPoolAlive.ts).
      pg: trackedPg,
      pool: {
        connectionString: process.env.DATABASE_URL || embeddedUrl(),
        max: Number(process.env.DATABASE_POOL_MAX ?? 10),
        // Waiting longer than this for a connection means something is wrong: fail, don't hang.
        connectionTimeoutMillis: 30_000,
        // No statement may hold a connection for long: a runaway query is cancelled and its
        // connection returns to the pool (the embedded database has one session for all).
        ...(usesEmbeddedDatabase() ? {} : { statement_timeout: STATEMENT_TIMEOUT_MS }),
      },
      migrationDir: path.join(projectRoot, 'src', 'migrations'),
      // Development pushes the schema on start; a command that only reads sets DATABASE_PUSH=false.
      ...(process.env.DATABASE_PUSH === 'false' ? { push: false } : {}),
      // PGlite is one session shared by every connection: while one connection holds a
      // transaction, the others wait, and Payload code that reads on a second connection inside
      // a transaction (a REST login does) would wait forever. The embedded database therefore
      // runs without transactions; PostgreSQL servers keep them.
      ...(usesEmbeddedDatabase() ? { transactionOptions: false as const } : {}),
    }),
  )

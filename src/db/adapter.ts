import path from 'node:path'

import { postgresAdapter } from '@payloadcms/db-postgres'

import { projectRoot } from '../paths'
import { embeddedUrl } from './embedded'

/**
 * One adapter for both databases: a PostgreSQL server at `DATABASE_URL`, or without it the
 * embedded PGlite that `npm run dev` serves on a loopback port.
 */
export const databaseAdapter = () =>
  postgresAdapter({
    pool: {
      connectionString: process.env.DATABASE_URL || embeddedUrl(),
      max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    },
    migrationDir: path.join(projectRoot, 'src', 'migrations'),
  })

import { randomBytes } from 'node:crypto'

import pg from 'pg'

import { startEmbeddedDatabase } from '../../src/db/embedded'
import { RATE_LIMIT_SCHEMA } from '../../src/patientPage/rateLimit'
import { startScript } from '../helpers/script'

/**
 * With `DATABASE_URL`, tests run on that PostgreSQL server; a database whose name ends in
 * `test` is emptied first so every run starts clean. Without it, an in-memory embedded
 * database is started for the run (the path a fresh machine takes). The schema is pushed once
 * here, so test files and the commands they run start Payload without pushing it again.
 */
export default async function globalSetup() {
  ;(process.env as Record<string, string>).NODE_ENV = 'test'
  process.env.DATA_DIR ??= `${process.cwd()}/data/test`
  // Tests run the delivery queue themselves, and retry after a fraction of a second.
  process.env.JOBS_AUTORUN = 'false'
  process.env.DELIVERY_RETRY_DELAY_MS ??= '200'
  // A process on PostgreSQL refuses a missing or weak secret (src/secretRules.js): unless the
  // run brings its own, a random one for this run, inherited by every process the tests start.
  process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('base64')
  if (process.env.DATABASE_URL) {
    await emptyTestDatabase(process.env.DATABASE_URL)
  } else {
    const embedded = await startEmbeddedDatabase({ memory: true, port: 0 })
    process.env.DATABASE_URL = embedded.url
    process.env.EMBEDDED_DATABASE = '1'
    ;(globalThis as { __embeddedDatabase?: typeof embedded }).__embeddedDatabase = embedded
  }
  await pushSchema()
  process.env.DATABASE_PUSH = 'false'
}

/** In a process of its own: drizzle-kit's progress spinner goes to its output, not the log. */
const pushSchema = async () => {
  const push = startScript('test/setup/pushSchema.ts', [], { DATABASE_PUSH: undefined })
  if ((await push.exited) !== 0) {
    throw new Error(`Pushing the schema to the test database failed:\n${push.output()}`)
  }
}

const emptyTestDatabase = async (url: string) => {
  const name = new URL(url).pathname.slice(1)
  if (!/test$/.test(name)) {
    console.warn(`Database "${name}" does not end in "test": tests run on it without emptying it.`)
    return
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query(
    `DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public; DROP SCHEMA IF EXISTS ${RATE_LIMIT_SCHEMA} CASCADE;`,
  )
  await client.end()
}

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * Sets up where the benchmark runs, before anything reads the environment (the Payload config
 * and `src/paths.ts` read it when first imported, so this module imports nothing from src/
 * statically): a temporary DATA_DIR for the delivery PDFs, the jobs queue not running by
 * itself, mail to the benchmark's SMTP server, and a database: `DATABASE_URL` when set
 * (it is written to), else a fresh embedded PGlite in memory.
 */
export const prepareEnvironment = async ({ smtpUrl }: { smtpUrl: string }) => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'clinic-send-bench-'))
  process.env.DATA_DIR = dataDir
  process.env.JOBS_AUTORUN = 'false'
  process.env.SMTP_URL = smtpUrl
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_USER', 'SMTP_PASS', 'SMTP_SECURE']) {
    delete process.env[name]
  }

  let stopDatabase = async () => {}
  let database = 'DATABASE_URL (PostgreSQL server; the benchmark writes to it)'
  if (!process.env.DATABASE_URL) {
    const { startEmbeddedDatabase } = await import('../../src/db/embedded')
    const embedded = await startEmbeddedDatabase({ memory: true, port: 0 })
    process.env.DATABASE_URL = embedded.url
    process.env.EMBEDDED_DATABASE = '1'
    stopDatabase = embedded.stop
    database = 'embedded PGlite in memory, in this process'
  }
  return {
    dataDir,
    database,
    cleanUp: async ({ keep }: { keep: boolean }) => {
      await stopDatabase()
      if (!keep) {
        await rm(dataDir, { recursive: true, force: true })
      }
    },
  }
}

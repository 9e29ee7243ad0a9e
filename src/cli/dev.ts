import { spawn } from 'node:child_process'

import { seed } from '../../seeds/seed'
import { ensureDatabase } from '../db/embedded'
import { withPayload } from './withPayload'

/**
 * `npm run dev`: serves the embedded database when no `DATABASE_URL` is set, loads the
 * starter library (idempotent), then runs `next dev` on that database until stopped.
 */
const database = await ensureDatabase()
console.log(`Database: ${database.description}`)
const report = await withPayload(seed)
const created = Object.values(report).reduce((total, { created }) => total + created, 0)
console.log(created ? `Seeded ${created} starter records.` : 'Starter library already loaded.')

const next = spawn('npx', ['next', 'dev', '--webpack', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // The production condition only works around lexical's top-level await for plain Node
  // (see package.json); Next resolves packages itself.
  env: { ...process.env, DATABASE_URL: database.url, NODE_OPTIONS: '' },
})
const stop = async (code: number) => {
  await database.stop()
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => next.kill(signal))
}
next.on('exit', (code) => void stop(code ?? 0))

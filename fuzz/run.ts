/**
 * `npm run fuzz`: malformed and hostile requests against a running server (loopback only),
 * while a steady client measures what ordinary users wait. Prints the answers by status class
 * and family, any answer ≥ 500, any leak, the steady client's waits with and without the
 * suite, and whether a row of the clinic's data changed. Exits 1 when a check fails.
 *
 *   DATABASE_URL=… npm run fuzz -- [--url http://127.0.0.1:3000] [--count 10000] [--seed 1]
 *                                   [--concurrency 4] [--seconds 600] [--techniques 1000 --routines 200]
 */
import { parseArgs } from 'node:util'

process.env.DATABASE_PUSH = 'false'

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '600' },
    baseline: { type: 'string', default: '10' },
    techniques: { type: 'string', default: '0' },
    routines: { type: 'string', default: '0' },
  },
})
const url = new URL(values.url)
if (
  !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) &&
  !url.hostname.startsWith('127.')
) {
  console.error(`The suite only runs against this machine (loopback), not ${url.hostname}.`)
  process.exit(2)
}
if (!process.env.DATABASE_URL) {
  console.error(
    "Set DATABASE_URL to the server's database: the suite prepares its staff there and compares the rows before and after.",
  )
  process.exit(2)
}
const number = (name: keyof typeof values) => Math.max(0, Math.trunc(Number(values[name])) || 0)

const { report } = await import('./report')
const { fuzzServer } = await import('./fuzzServer')
const result = await fuzzServer({
  baseUrl: url.origin,
  databaseUrl: process.env.DATABASE_URL,
  count: number('count'),
  seed: number('seed'),
  concurrency: Math.max(1, number('concurrency')),
  seconds: number('seconds'),
  baselineSeconds: number('baseline'),
  library: { techniques: number('techniques'), routines: number('routines') },
})
console.log(report(result).join('\n'))
process.exit(result.failed ? 1 : 0)

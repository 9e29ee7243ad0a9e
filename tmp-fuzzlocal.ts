import { getPayload } from 'payload'
import config from './src/payload.config'
import { seed } from './seeds/seed'
import { startRestServer } from './test/helpers/restServer'
import { fuzzServer } from './fuzz/fuzzServer'
import { report } from './fuzz/report'
const payload = await getPayload({ config })
await seed(payload)
const server = await startRestServer()
const t = Date.now()
const result = await fuzzServer({ baseUrl: server.url, databaseUrl: process.env.DATABASE_URL!, count: Number(process.argv[2] ?? 300), seed: Number(process.argv[3] ?? 1), concurrency: 4, seconds: 600, baselineSeconds: 0, payload })
console.log(report(result).join('\n'))
console.log('took', (Date.now() - t) / 1000, 's')
const slow = result.outcomes
process.exit(0)

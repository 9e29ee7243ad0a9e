import { parseOptions } from './parseOptions'

const usage = `Usage: npm run dev [-- --port 3001] [--hostname 0.0.0.0]
Serves the embedded database (unless DATABASE_URL is set), loads the starter library, then runs
next dev until stopped. The web port is --port (-p), else PORT, else 3000; the embedded
database is served on EMBEDDED_DB_PORT (54329).`

const values = parseOptions(
  { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  usage,
)
if (values.port !== undefined && !/^\d+$/.test(values.port)) {
  console.error(`--port must be a port number.\n${usage}`)
  process.exit(2)
}
const nextOptions = [
  ...(values.port ? ['--port', values.port] : []),
  ...(values.hostname ? ['--hostname', values.hostname] : []),
]

const [{ spawn }, { seed }, { openDatabase, withPayload }] = await Promise.all([
  import('node:child_process'),
  import('../../seeds/seed'),
  import('./withPayload'),
])

const database = await openDatabase()
console.log(`Database: ${database.description}`)
const report = await withPayload(seed)
const created = Object.values(report).reduce((total, { created }) => total + created, 0)
console.log(created ? `Seeded ${created} starter records.` : 'Starter library already loaded.')

const next = spawn('npx', ['next', 'dev', '--webpack', ...nextOptions], {
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

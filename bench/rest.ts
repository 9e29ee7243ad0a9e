/**
 * REST benchmark, as the outside load test ran it: the built app (`next start`) on PostgreSQL
 * with 1,000 techniques, 200 routines and 200 patients with a program each (made once per
 * database), autocannon on loopback, a warm-up then a measured run per request. Each figure
 * is printed beside Payload's own floor (`GET /api/users/me`) and bare Node measured in the
 * same run at the same concurrency, with the targets. The admin's list and edit views
 * are measured too (no target yet). A benchmark, not a test: it exits 0 whether or not the
 * targets are met.
 *
 *   DATABASE_URL=postgres://… npm run bench:rest [-- --connections 50 --seconds 15 --warmup 5]
 */
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { loadTest, type LoadFigures } from './page/load'
import { startBareNode } from './rest/bareNode'
import { reportLines, targetsMet, type Measured } from './rest/report'

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '5' },
  },
})
const connections = Math.max(1, Number(values.connections) || 50)
const seconds = Math.max(1, Number(values.seconds) || 15)
const warmup = Math.max(0, Number(values.warmup) || 0)

const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} on ${cpus().length} cores`

if (!process.env.DATABASE_URL || !existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
  console.log(
    `bench:rest needs ${process.env.DATABASE_URL ? 'a build (npm run build)' : 'DATABASE_URL (a PostgreSQL database it may write to)'}: nothing measured.`,
  )
  process.exit(0)
}

// Uploads of the benchmark's library stay beside its database, so a second run finds both.
const database = new URL(process.env.DATABASE_URL).pathname.slice(1) || 'default'
const dataDir = path.join(tmpdir(), 'clinic-rest-bench', database)
await mkdir(dataDir, { recursive: true })
const env = { DATA_DIR: dataDir, PAYLOAD_SECRET: 'bench-rest-secret', JOBS_AUTORUN: 'false' }
Object.assign(process.env, env)

const { withPayload } = await import('../src/cli/withPayload')
const { prepareRestBench } = await import('./rest/library')
const { startNextServer } = await import('../test/helpers/nextServer')

console.log(`bench:rest: preparing the library (made once per database)… ${load()}`)
const data = await withPayload(prepareRestBench)
const bare = await startBareNode()
const server = await startNextServer(env)

const logIn = async () => {
  const response = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data.clinician),
  })
  return ((await response.json()) as { token: string }).token
}

type Target = { name: string; url: string; headers?: Record<string, string> }

const kbOf = async ({ name, url, headers }: Target) => {
  const response = await fetch(url, {
    headers: { 'accept-encoding': 'identity', ...headers },
    redirect: 'manual',
  })
  if (response.status !== 200) {
    console.log(
      `  note: ${name} answered ${response.status} ${response.headers.get('location') ?? ''}`,
    )
  }
  return (await response.arrayBuffer()).byteLength / 1024
}

const measure = async (
  target: Target,
  conns: number,
): Promise<Measured & { connections: number }> => {
  const options = { connections: conns, seconds, headers: target.headers }
  if (warmup > 0) {
    await loadTest(target.name, target.url, { ...options, seconds: warmup })
  }
  const figures = await loadTest(target.name, target.url, options)
  return { ...figures, kb: await kbOf(target), connections: conns }
}

try {
  const token = await logIn()
  const asClinician = { authorization: `JWT ${token}` }
  const api = (route: string) => `${server.url}/api${route}`
  const floorTarget = { name: 'floor: GET /api/users/me', url: api('/users/me') }
  console.log(`measuring: ${warmup} s warm-up, then ${seconds} s each; ${load()}\n`)

  const floor = await measure(floorTarget, connections)
  const bareNode = await measure({ name: 'bare Node (same answer)', url: bare.url }, connections)
  const withTarget = async (
    target: Target,
    share: number,
    of: LoadFigures,
    conns = connections,
  ) => ({
    ...(await measure(target, conns)),
    target: { share, of },
  })
  const rows = [
    floor,
    bareNode,
    await withTarget(
      { name: 'GET /api/routines?depth=2&limit=10', url: api('/routines?depth=2&limit=10') },
      0.1,
      floor,
    ),
    await withTarget(
      {
        name: 'GET /api/programs?depth=1&limit=10 (clinician)',
        url: api('/programs?depth=1&limit=10'),
        headers: asClinician,
      },
      0.15,
      floor,
    ),
    await withTarget(
      {
        name: 'GET /api/techniques?limit=20&where[name][like]=neck',
        url: api('/techniques?limit=20&where[name][like]=neck'),
      },
      0.2,
      floor,
    ),
  ]

  // Handouts at 10 connections, beside the floor at 10, while one more visitor asks users/me.
  const handoutConnections = 10
  const floor10 = await measure(
    { ...floorTarget, name: 'floor at 10 connections' },
    handoutConnections,
  )
  const alone = await loadTest('users/me, 1 connection, idle', floorTarget.url, {
    connections: 1,
    seconds,
  })
  const handoutTarget = {
    name: 'GET /api/techniques/:id/handout.pdf',
    url: api(
      `/techniques/${await firstTechniqueId(api('/techniques?limit=1&depth=0'))}/handout.pdf`,
    ),
  }
  if (warmup > 0) {
    await loadTest(handoutTarget.name, handoutTarget.url, {
      connections: handoutConnections,
      seconds: warmup,
    })
  }
  const [handout, meanwhile] = await Promise.all([
    loadTest(handoutTarget.name, handoutTarget.url, { connections: handoutConnections, seconds }),
    loadTest('users/me, 1 connection, during handouts', floorTarget.url, {
      connections: 1,
      seconds,
    }),
  ])
  rows.push(floor10, {
    ...handout,
    kb: await kbOf(handoutTarget),
    connections: handoutConnections,
    target: { share: 0.2, of: floor10 },
  })

  // The admin as 10 staff browsing at once: server time of each view, beside the floor at 10.
  const cookie = { cookie: `payload-token=${token}` }
  const admin = (route: string) => ({
    name: `admin ${route}`,
    url: `${server.url}/admin${route}`,
    headers: cookie,
  })
  const adminRows = [
    await measure(admin('/collections/programs'), 10),
    await measure(admin(`/collections/programs/${data.programId}`), 10),
    await measure(admin('/collections/routines'), 10),
    await measure(admin(`/collections/routines/${data.routineId}`), 10),
  ]

  console.log(reportLines(rows).join('\n'))
  console.log(
    `\nusers/me (1 connection) p95: ${alone.p95.toFixed(0)} ms idle, ${meanwhile.p95.toFixed(0)} ms while handouts render ` +
      `(${(meanwhile.p95 / Math.max(alone.p95, 1)).toFixed(2)}×; target ≤ 2×: ${meanwhile.p95 <= 2 * Math.max(alone.p95, 1) ? 'met' : 'NOT met'})`,
  )
  console.log(`\nAdmin views, 10 staff browsing at once (no target yet):`)
  console.log(reportLines(adminRows).join('\n'))
  console.log(`\nTargets ${targetsMet(rows) ? 'met' : 'NOT all met'}. ${load()}`)
} finally {
  await server.stop()
  bare.stop()
}

async function firstTechniqueId(url: string) {
  const response = await fetch(url)
  return ((await response.json()) as { docs: Array<{ id: number }> }).docs[0].id
}

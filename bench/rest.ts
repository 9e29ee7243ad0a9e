/**
 * REST benchmark, as the outside load test ran it: the built app (`next start`) on PostgreSQL
 * with 1,000 techniques, 200 routines and 200 patients with a program each (made once per
 * database), autocannon on loopback, a warm-up then a measured run per request. Each figure
 * is printed beside Payload's own floor (`GET /api/users/me`) and bare Node measured in the
 * same run at the same concurrency, with the issue's targets. The admin's list and edit views
 * are measured too (no target yet). A benchmark, not a test: it exits 0 whether or not the
 * targets are met.
 *
 *   DATABASE_URL=postgres://… npm run bench:rest [-- --connections 50 --seconds 15 --warmup 5
 *     --techniques 1000 --routines 200 --patients 200]
 *
 * The clinician's programs list is also measured with audit events on and off (a second server
 * started with `AUDIT_EVENTS=off`), in turns, and the cost printed against the issue's 10%;
 * `--audit-only` measures only that (`--audit-rounds N` turns each, default 2).
 *
 * `--profile DIR` measures each targeted request instead on a server of its own started with
 * `node --cpu-prof` and the visitors' read cache off, keeps each profile in DIR (open one in Chrome's DevTools or speedscope for
 * its flame graph) and prints where the server's thread spent the time.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { loadTest } from './page/load'
import { hasAuditTable, measureAuditCost } from './rest/auditCost'
import { serverCpuMs } from './rest/serverCpu'
import { startBareNode } from './rest/bareNode'
import { summariseProfile } from './rest/profile'
import { reportLines, targetsMet, type Measured } from './rest/report'
import { targetedRequests, type Target } from './rest/targets'

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '5' },
    profile: { type: 'string' },
    'audit-only': { type: 'boolean', default: false },
    'audit-rounds': { type: 'string', default: '2' },
    // CI's short run: a smaller library (the figures then do not compare with the README's).
    techniques: { type: 'string', default: '1000' },
    routines: { type: 'string', default: '200' },
    patients: { type: 'string', default: '200' },
  },
})
const librarySize = {
  techniques: Math.max(20, Number(values.techniques) || 1_000),
  routines: Math.max(6, Number(values.routines) || 200),
  patients: Math.max(1, Number(values.patients) || 200),
}
const connections = Math.max(1, Number(values.connections) || 50)
const seconds = Math.max(1, Number(values.seconds) || 15)
const warmup = Math.max(0, Number(values.warmup) || 0)
const auditRounds = Math.max(1, Number(values['audit-rounds']) || 2)

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
// A random secret of its own unless one is given (PostgreSQL refuses a weak one).
const secret = process.env.PAYLOAD_SECRET || randomBytes(32).toString('base64')
const env = { DATA_DIR: dataDir, PAYLOAD_SECRET: secret, JOBS_AUTORUN: 'false' }
Object.assign(process.env, env)

// As in production: the committed migrations (the name-search indexes live only there), no push.
process.env.DATABASE_PUSH = 'false'
execFileSync('npm', ['run', '--silent', 'payload', '--', 'migrate'], {
  env: { ...process.env, NODE_ENV: 'production' },
  stdio: ['ignore', 'ignore', 'inherit'],
})

const { withPayload } = await import('../src/cli/withPayload')
const { prepareRestBench } = await import('./rest/library')
const { startNextServer } = await import('../test/helpers/nextServer')

console.log(`bench:rest: preparing the library (made once per database)… ${load()}`)
const data = await withPayload(async (payload) => ({
  ...(await prepareRestBench(payload, librarySize)),
  auditTable: await hasAuditTable(payload),
}))

const logIn = async (serverUrl: string) => {
  const response = await fetch(`${serverUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data.clinician),
  })
  return ((await response.json()) as { token: string }).token
}

const firstTechniqueId = async (serverUrl: string) => {
  const response = await fetch(`${serverUrl}/api/techniques?limit=1&depth=0`)
  return ((await response.json()) as { docs: Array<{ id: number }> }).docs[0].id
}

const targetsOn = async (serverUrl: string) =>
  targetedRequests({
    serverUrl,
    clinicianToken: await logIn(serverUrl),
    techniqueId: await firstTechniqueId(serverUrl),
    connections,
  })

type Measurable = Pick<Target, 'name' | 'url' | 'headers' | 'connections'>

const kbOf = async ({ name, url, headers }: Measurable) => {
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

const warmUp = async (target: Measurable) => {
  if (warmup > 0) {
    await loadTest(target.name, target.url, { ...target, seconds: warmup })
  }
}

const measure = async (target: Measurable): Promise<Measured & { connections: number }> => {
  await warmUp(target)
  const figures = await loadTest(target.name, target.url, { ...target, seconds })
  return { ...figures, kb: await kbOf(target), connections: target.connections }
}

if (values.profile) {
  const directory = path.resolve(values.profile)
  await mkdir(directory, { recursive: true })
  console.log(`profiling each targeted request on a server of its own; ${load()}\n`)
  const names = ['routines', 'programs', 'technique-search', 'technique-handout']
  for (const [index, name] of names.entries()) {
    // Node writes one profile per thread (render threads too); the server's is thread 0's.
    const folder = path.join(directory, name)
    await rm(folder, { recursive: true, force: true })
    // With the visitors' read cache off: the profile shows what making each answer costs.
    const server = await startNextServer(
      { ...env, VISITOR_READ_CACHE_MB: '0' },
      { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${folder}`] },
    )
    const target = (await targetsOn(server.url))[index]
    const figures = await measure(target)
    await server.stop()
    const serverThread = (await readdir(folder)).find((file) =>
      /\.\d+\.0\.\d+\.cpuprofile$/.test(file),
    )
    console.log(reportLines([figures]).join('\n'))
    console.log(
      serverThread
        ? summariseProfile(path.join(folder, serverThread)).join('\n')
        : `no profile of the server's thread in ${folder}`,
      '\n',
    )
  }
  process.exit(0)
}

/** The programs list with audit events recorded (`onUrl`) and on a server with them off. */
const auditCost = async (onUrl: string) => {
  if (!data.auditTable) {
    return [
      'Audit trail cost: not measured: the database has no audit_events table (apply its migration).',
    ]
  }
  const off = await startNextServer({ ...env, AUDIT_EVENTS: 'off' })
  try {
    const programsOn = async (serverUrl: string) => {
      const target = (await targetsOn(serverUrl))[1]
      return { url: target.url, headers: target.headers ?? {}, name: target.name }
    }
    const on = { ...(await programsOn(onUrl)), cpuMs: serverCpuMs(onUrl) }
    const offSide = { ...(await programsOn(off.url)), cpuMs: serverCpuMs(off.url) }
    for (const side of [on, offSide]) {
      await warmUp({ ...side, connections })
    }
    return await measureAuditCost({
      on,
      off: offSide,
      rounds: auditRounds,
      measure: (url, headers) => loadTest(on.name, url, { connections, seconds, headers }),
    })
  } finally {
    await off.stop()
  }
}

if (values['audit-only']) {
  const server = await startNextServer(env)
  try {
    console.log(
      `measuring audit on and off: ${warmup} s warm-up, then ${seconds} s each; ${load()}\n`,
    )
    console.log((await auditCost(server.url)).join('\n'))
    console.log(`\n${load()}`)
  } finally {
    await server.stop()
  }
  process.exit(0)
}

const usersMe = (serverUrl: string) => `${serverUrl}/api/users/me`

/**
 * Handouts at 10 connections while one more visitor asks users/me, beside what that visitor
 * waits when the 10 connections ask users/me themselves (the wait any request has behind 10
 * others on the server's one request thread) and when the server is idle.
 */
const measureHandouts = async (serverUrl: string, target: Target, floor10: Measured) => {
  const oneVisitor = (name: string) =>
    loadTest(name, usersMe(serverUrl), { connections: 1, seconds })
  const alone = await oneVisitor('users/me, 1 connection, idle')
  const [, besideFloor] = await Promise.all([
    loadTest('floor at 10', usersMe(serverUrl), { connections: target.connections, seconds }),
    oneVisitor('users/me, 1 connection, beside 10 asking users/me'),
  ])
  await warmUp(target)
  const [handout, meanwhile] = await Promise.all([
    loadTest(target.name, target.url, { ...target, seconds }),
    oneVisitor('users/me, 1 connection, during handouts'),
  ])
  const row: Measured & { connections: number } = {
    ...handout,
    kb: await kbOf(target),
    connections: target.connections,
    target: { share: target.share, of: floor10 },
  }
  const ratio = meanwhile.p95 / Math.max(alone.p95, 1)
  const waits =
    `users/me (1 connection) p95: ${alone.p95.toFixed(0)} ms idle, ` +
    `${besideFloor.p95.toFixed(0)} ms beside 10 connections asking users/me, ` +
    `${meanwhile.p95.toFixed(0)} ms while handouts are asked for ` +
    `(${ratio.toFixed(2)}× idle; target ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'})`
  return { row, waits }
}

const bare = await startBareNode()
const server = await startNextServer(env)

try {
  const [routines, programs, search, handoutTarget] = await targetsOn(server.url)
  const floorTarget = { name: 'floor: GET /api/users/me', url: usersMe(server.url) }
  console.log(`measuring: ${warmup} s warm-up, then ${seconds} s each; ${load()}\n`)

  const floor = await measure({ ...floorTarget, connections })
  const bareNode = await measure({ name: 'bare Node (same answer)', url: bare.url, connections })
  const withTarget = async (target: Target, of: Measured) => ({
    ...(await measure(target)),
    target: { share: target.share, of },
  })
  const rows: Array<Measured & { connections: number }> = [
    floor,
    bareNode,
    await withTarget(routines, floor),
    await withTarget(programs, floor),
    await withTarget(search, floor),
  ]
  const floor10 = await measure({
    ...floorTarget,
    name: 'floor at 10 connections',
    connections: handoutTarget.connections,
  })
  const handouts = await measureHandouts(server.url, handoutTarget, floor10)
  rows.push(floor10, handouts.row)

  // The admin as 10 staff browsing at once: server time of each view, beside the floor at 10.
  const cookie = { cookie: `payload-token=${await logIn(server.url)}` }
  const admin = (route: string) => ({
    name: `admin ${route}`,
    url: `${server.url}/admin${route}`,
    headers: cookie,
    connections: 10,
  })
  const adminRows = [
    await measure(admin('/collections/programs')),
    await measure(admin(`/collections/programs/${data.programId}`)),
    await measure(admin('/collections/routines')),
    await measure(admin(`/collections/routines/${data.routineId}`)),
  ]
  const auditLines = await auditCost(server.url)
  await server.stop()

  // The visitors' reads again with the visitors' read cache off: what each costs when made.
  const uncached = await startNextServer({ ...env, VISITOR_READ_CACHE_MB: '0' })
  const [routinesMade, , searchMade, handoutMade] = await targetsOn(uncached.url)
  const uncachedRows: Array<Measured & { connections: number }> = [
    await withTarget(routinesMade, floor),
    await withTarget(searchMade, floor),
  ]
  const madeHandouts = await measureHandouts(uncached.url, handoutMade, floor10)
  uncachedRows.push(madeHandouts.row)
  await uncached.stop()

  console.log(reportLines(rows).join('\n'))
  console.log(`\n${handouts.waits}`)
  console.log(`\nAdmin views, 10 staff browsing at once (no target yet):`)
  console.log(reportLines(adminRows).join('\n'))
  console.log(
    `\nVisitors' reads with the visitors' read cache off (VISITOR_READ_CACHE_MB=0; shares of the floor above):`,
  )
  console.log(reportLines(uncachedRows).join('\n'))
  console.log(`\n${madeHandouts.waits}`)
  console.log(`\n${auditLines.join('\n')}`)
  console.log(`\nTargets ${targetsMet(rows) ? 'met' : 'NOT all met'}. ${load()}`)
} finally {
  await server.stop()
  bare.stop()
}

/**
 * Patient page benchmark: the program page (`GET /p/<token>`) of a program sent through the
 * real pipeline, served by the built app (`next start`) on PostgreSQL, under 50 concurrent
 * connections for 15 s; beside it, in the same run and the same server, Payload's own floor
 * (`GET /api/users/me`, no session) and a static file of the build. Prints requests per second,
 * p50 and p95 for each, and whether the page meets the target (at least the floor's requests
 * per second, p95 no worse). A benchmark, not a test: it exits 0 whether or not it does.
 *
 *   DATABASE_URL=postgres://… npm run bench:page [-- --connections 50 --seconds 15]
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { loadTest, type LoadFigures } from './page/load'

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '15' },
  },
})
const connections = Math.max(1, Number(values.connections) || 50)
const seconds = Math.max(1, Number(values.seconds) || 15)

const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} on ${cpus().length} cores`

const hasBuild = () => existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))
if (!process.env.DATABASE_URL || !hasBuild()) {
  console.log(
    `bench:page needs ${process.env.DATABASE_URL ? 'a build (npm run build)' : 'DATABASE_URL (a PostgreSQL database it may write to)'}: nothing measured.`,
  )
  process.exit(0)
}

// Before the config is imported: the same secret as the server (links are signed with it), and
// the delivery's PDF and images in a folder of the benchmark's own.
const dataDir = await mkdtemp(path.join(tmpdir(), 'clinic-page-bench-'))
process.env.DATA_DIR = dataDir
// A random secret of its own unless one is given (PostgreSQL refuses a weak one).
process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('base64')
process.env.JOBS_AUTORUN = 'false'
for (const name of ['SMTP_URL', 'SMTP_HOST']) {
  delete process.env[name]
}

// src/paths.ts reads DATA_DIR when first imported: everything from the app loads from here on.
const { startNextServer } = await import('../test/helpers/nextServer')
const { createEmailableProgram } = await import('../test/helpers/delivery')
const { withPayload } = await import('../src/cli/withPayload')
const { seed } = await import('../seeds/seed')
const { requestDelivery } = await import('../src/delivery/requestDelivery')
const { deliver } = await import('../src/delivery/deliver')
const { linkFor, tokenPartsOf } = await import('../src/patientLinks/links')
const { linkToken } = await import('../src/patientLinks/token')

/** One clinician, one patient, one program from the seeded library, sent (to the outbox folder). */
const sentProgramPath = () =>
  withPayload(async (payload) => {
    await seed(payload)
    const stamp = Date.now().toString(36)
    const clinician = await payload.create({
      collection: 'users',
      data: {
        email: `bench-clinician-${stamp}@example.com`,
        password: 'quiet-harbour-lantern-47',
        name: 'Dr Bench',
        role: 'clinician',
      },
    })
    const condition = (
      await payload.find({
        collection: 'conditions',
        where: { slug: { equals: 'lower-back-pain' } },
        limit: 1,
      })
    ).docs[0]
    const { patient, program } = await createEmailableProgram(payload, clinician, {
      conditions: [condition.id],
    })
    const requested = await requestDelivery(payload, program.id)
    if ('refused' in requested) {
      throw new Error(`the program could not be sent: ${requested.refused}`)
    }
    const outcome = await deliver(payload, requested.delivery.id)
    const link = await linkFor(payload, program.id, patient.id)
    if (outcome !== 'sent' || !link) {
      throw new Error(`the delivery was not sent (${outcome})`)
    }
    return `/p/${linkToken(tokenPartsOf(link))}`
  })

const staticFile = () => {
  const chunks = path.join(process.cwd(), '.next', 'static', 'chunks')
  const file = readdirSync(chunks).find((name) => name.endsWith('.js'))
  return `/_next/static/chunks/${file}`
}

const row = (figures: LoadFigures) =>
  `${figures.name.padEnd(28)} ${figures.perSecond.toFixed(0).padStart(8)} ${figures.p50.toFixed(1).padStart(8)} ${figures.p95.toFixed(1).padStart(8)} ${String(figures.requests).padStart(9)} ${String(figures.unexpected).padStart(6)}`

console.log(`bench:page: ${connections} connections, ${seconds} s each, ${load()}`)
const pagePath = await sentProgramPath()
const server = await startNextServer({
  DATA_DIR: dataDir,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
  PATIENT_LINK_LOOKUPS_PER_MINUTE: '100000000',
  JOBS_AUTORUN: 'false',
})
try {
  const options = { connections, seconds }
  // Warm each route once (compiled code, caches), as a running server is.
  for (const target of [pagePath, '/api/users/me', staticFile()]) {
    await fetch(`${server.url}${target}`).then((response) => response.arrayBuffer())
  }
  const results = [
    await loadTest('static file', `${server.url}${staticFile()}`, options),
    await loadTest('GET /api/users/me (floor)', `${server.url}/api/users/me`, options),
    await loadTest('program page /p/<token>', `${server.url}${pagePath}`, options),
  ]
  console.log(
    `\n${'what'.padEnd(28)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'requests'.padStart(9)} ${'non-2xx'.padStart(6)}`,
  )
  results.forEach((figures) => console.log(row(figures)))
  const [, floor, page] = results
  const meets = page.perSecond >= floor.perSecond && page.p95 <= floor.p95
  console.log(
    `\nTarget (page req/s ≥ floor's, page p95 ≤ floor's): ${meets ? 'met' : 'NOT met'} ` +
      `(${(page.perSecond / floor.perSecond).toFixed(2)}× the floor's req/s, p95 ${page.p95.toFixed(1)} vs ${floor.p95.toFixed(1)} ms). ${load()}`,
  )
} finally {
  await server.stop()
  await rm(dataDir, { recursive: true, force: true })
}

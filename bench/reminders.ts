/**
 * Reminder benchmark: `count` patients (default 10,000) whose reminders are all due at the same
 * minute, on a throw-away PostgreSQL database, sent by the reminder worker's passes (computing
 * who is due in each patient's zone, claiming in reminder-sends, making and sending each email
 * through the delivery mailer) to an SMTP server on loopback in a child process, which counts
 * the Message-IDs that arrive. In the same run: the same messages through a plain pooled
 * nodemailer transport (the cost of SMTP alone), and a patient opening their program page
 * (served by another process) before and while the reminders go out. A benchmark, not a test:
 * it exits 0 whether or not the target is met (with --strict, 1 when a reminder is doubled or
 * missed).
 *
 *   DATABASE_URL=postgres://…/throwaway npm run bench:reminders [-- --count 10000 --workers 2
 *     --concurrency 10 --idle-seconds 5 --strict]
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

import { startPageProbe, type ProbeFigures } from './reminders/pageProbe'
import { startInbox } from './send/inbox'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    workers: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '10' },
    'idle-seconds': { type: 'string', default: '5' },
    strict: { type: 'boolean', default: false },
  },
})
const whole = (name: 'count' | 'workers' | 'concurrency' | 'idle-seconds') =>
  Math.max(1, Math.trunc(Number(values[name])) || 1)
const count = whole('count')
const workerCount = whole('workers')
const concurrency = whole('concurrency')
const TARGET_MS = 60_000

const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} on ${cpus().length} cores`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
const ms = (value: number) => `${value.toFixed(0)} ms`

if (!process.env.DATABASE_URL) {
  console.log(
    'bench:reminders needs DATABASE_URL: a throw-away PostgreSQL database it may write to (10,000 patients, their programs and reminders). Nothing measured.',
  )
  process.exit(0)
}

// Before the config is imported: files in a folder of the benchmark's own, the app's own job
// runs off, mail to the benchmark's SMTP server, a secret shared with the page's server.
const dataDir = await mkdtemp(path.join(tmpdir(), 'clinic-reminders-bench-'))
process.env.DATA_DIR = dataDir
process.env.JOBS_AUTORUN = 'false'
process.env.PAYLOAD_SECRET ||= randomBytes(32).toString('base64')
for (const name of [
  'SMTP_HOST',
  'SMTP_PORT',
  'SMTP_USER',
  'SMTP_PASS',
  'SMTP_SECURE',
  'MAIL_FROM',
]) {
  delete process.env[name]
}
console.log(`Before: ${load()}`)
const inbox = await startInbox()
process.env.SMTP_URL = inbox.url

const { withPayload } = await import('../src/cli/withPayload')
const { seed } = await import('../seeds/seed')
const { closeDeliveryMailer } = await import('../src/delivery/mailer')
const { requestDelivery } = await import('../src/delivery/requestDelivery')
const { deliver } = await import('../src/delivery/deliver')
const { createMailTransport } = await import('../src/email/transport')
const { inParallel } = await import('../src/async/inParallel')
const { linkFor, tokenPartsOf } = await import('../src/patientLinks/links')
const { linkToken } = await import('../src/patientLinks/token')
const { dueCandidates } = await import('../src/reminders/candidates')
const { reminderMessages } = await import('../src/reminders/messages')
const { sendDueReminders } = await import('../src/reminders/sendDueReminders')
const { createEmailableProgram } = await import('../test/helpers/delivery')
const { hasBuild, startNextServer } = await import('../test/helpers/nextServer')
const { startScript } = await import('../test/helpers/script')
const { createRemindedPopulation } = await import('./reminders/population')

/** The patient page's server: the built app when there is a build, else the same page handler. */
const startPageServer = async () => {
  const env = {
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? '',
    PATIENT_LINK_LOOKUPS_PER_MINUTE: '100000000',
    JOBS_AUTORUN: 'false',
    DATABASE_PUSH: 'false',
  }
  if (hasBuild()) {
    const server = await startNextServer(env)
    return { url: server.url, what: 'the built app (next start)', stop: server.stop }
  }
  const script = startScript('test/helpers/restServerProcess.ts', [], env)
  await script.printed('listening on ')
  const url = /listening on (\S+)/.exec(script.output())![1]
  return {
    url,
    what: 'the page handler (src/patientPage/respond.ts) in a plain Node server of its own (no build: npm run build for next start)',
    stop: script.kill,
  }
}

let failed = false
try {
  await withPayload(async (payload) => {
    const started = performance.now()
    await seed(payload)
    await payload.updateGlobal({
      slug: 'clinic-settings',
      data: { timeZone: 'Europe/London' },
    })
    const clinician = await payload.create({
      collection: 'users',
      data: {
        email: `bench-reminders-${Date.now().toString(36)}@example.com`,
        password: 'quiet-harbour-lantern-47',
        name: 'Dr Bench',
        role: 'clinician',
      },
    })
    // One program sent through the real pipeline: the page the patient opens meanwhile.
    const condition = (
      await payload.find({
        collection: 'conditions',
        where: { slug: { equals: 'lower-back-pain' } },
        limit: 1,
      })
    ).docs[0]
    const sentOne = await createEmailableProgram(payload, clinician, { conditions: [condition.id] })
    const requested = await requestDelivery(payload, sentOne.program.id)
    if ('refused' in requested) {
      throw new Error(`the page's program could not be sent: ${requested.refused}`)
    }
    await deliver(payload, requested.delivery.id)
    const link = await linkFor(payload, sentOne.program.id, sentOne.patient.id)
    const pagePath = `/p/${linkToken(tokenPartsOf(link!))}`
    const routines = (
      await payload.find({
        collection: 'routines',
        where: { purpose: { not_equals: 'flare-up' } },
        limit: 2,
        depth: 0,
      })
    ).docs.map((routine) => routine.id)
    const population = await createRemindedPopulation(payload, {
      count,
      time: '09:00',
      routines,
      clinician: clinician.id,
    })
    console.log(
      `Seeded the library and ${count} reminded patients: ${seconds(performance.now() - started)} (not timed)`,
    )
    await inbox.reset()

    const pageServer = await startPageServer()
    const pageUrl = `${pageServer.url}${pagePath}`
    await fetch(pageUrl).then((response) => response.arrayBuffer())
    let idle: ProbeFigures
    let busy: ProbeFigures
    let sendMs: number
    try {
      const idleProbe = startPageProbe(pageUrl)
      await new Promise((resolve) => setTimeout(resolve, whole('idle-seconds') * 1000))
      idle = await idleProbe.stop()

      // 09:00:20 in London on a June day: every patient's 09:00 reminder is due.
      const now = () => new Date('2026-06-15T08:00:20Z').getTime()
      const busyProbe = startPageProbe(pageUrl)
      const sendStarted = performance.now()
      const passes = await Promise.all(
        Array.from({ length: workerCount }, (_, i) =>
          sendDueReminders(payload, { now, worker: `bench-worker-${i}`, concurrency }),
        ),
      )
      sendMs = performance.now() - sendStarted
      busy = await busyProbe.stop()
      console.log(
        `Passes: ${passes.map((pass) => `${pass.claimed} claimed, ${pass.sent} sent`).join('; ')}`,
      )
    } finally {
      await pageServer.stop()
    }
    closeDeliveryMailer()

    const arrived = await inbox.stats(true)
    const reminderIds = arrived.ids.filter((id) => id.startsWith('<reminder-'))
    const rows = (
      await payload.find({
        collection: 'reminder-sends',
        where: { day: { equals: '2026-06-15' }, program: { in: population.programs } },
        select: { status: true, messageId: true },
        depth: 0,
        pagination: false,
      })
    ).docs
    const recordedSent = rows.filter((row) => row.status === 'sent')
    const doubled = arrived.received - arrived.distinct
    const missed = count - reminderIds.length
    const arrivedIds = new Set(reminderIds)
    const unrecorded = recordedSent.filter((row) => !arrivedIds.has(row.messageId ?? ''))

    // The baseline: the same messages, made beforehand, through a plain pooled transport.
    await inbox.reset()
    const clinic = await payload.findGlobal({ slug: 'clinic-settings', depth: 0 })
    const due = await dueCandidates(
      payload,
      new Date('2026-06-15T08:00:20Z').getTime(),
      clinic.timeZone,
    )
    const idOf = new Map(
      (
        await payload.find({
          collection: 'reminder-sends',
          where: { day: { equals: '2026-06-15' }, program: { in: population.programs } },
          select: { program: true, patient: true },
          depth: 0,
          pagination: false,
        })
      ).docs.map((row) => [`${row.program}:${row.patient}`, row.id]),
    )
    const ours = new Set(population.programs)
    const claimed = due
      .filter((one) => ours.has(one.program))
      .map((one) => ({
        ...one,
        id: idOf.get(`${one.program}:${one.patient}`) ?? 0,
        attempts: 0,
      }))
    const messages = []
    for (let start = 0; start < claimed.length; start += 250) {
      const made = await reminderMessages(payload, claimed.slice(start, start + 250), clinic)
      messages.push(...made.values())
    }
    const transporter = createMailTransport({ pooled: true })
    const baselineStarted = performance.now()
    await inParallel(messages, concurrency * workerCount, async (message, i) => {
      await transporter.sendMail({ ...message, messageId: `<baseline-${i}@bench.localhost>` })
    })
    const baselineMs = performance.now() - baselineStarted
    transporter.close()
    const baselineArrived = await inbox.stats()

    console.log(
      `\n${count} patients due at the same minute; ${workerCount} reminder passes at once in this process, ${concurrency} messages in flight each; the page served by ${pageServer.what}\n`,
    )
    console.log(`reminders sent (find due, claim, make, send, record)  ${seconds(sendMs)}`)
    console.log(
      `baseline (plain pooled nodemailer, same ${messages.length} messages)   ${seconds(baselineMs)}`,
    )
    console.log(
      `ratio                                                 ${(sendMs / baselineMs).toFixed(1)}×`,
    )
    console.log(
      `arrived: ${arrived.received} messages, ${reminderIds.length} distinct reminders; rows: ${rows.length}, ${recordedSent.length} sent`,
    )
    console.log(
      `doubled: ${doubled}   missed: ${missed}   recorded sent but not arrived: ${unrecorded.length}`,
    )
    console.log(
      `patient page p95: idle ${ms(idle.p95)} (p50 ${ms(idle.p50)}, ${idle.requests} requests), while sending ${ms(busy.p95)} (p50 ${ms(busy.p50)}, ${busy.requests} requests); failed answers ${idle.failed + busy.failed}`,
    )
    if (baselineArrived.distinct !== messages.length) {
      console.log(
        `baseline CHECK FAILED: ${baselineArrived.distinct} of ${messages.length} arrived`,
      )
    }
    console.log(`\nAfter: ${load()}`)
    const sound = doubled === 0 && missed === 0 && unrecorded.length === 0
    const target = (TARGET_MS * count) / 10_000
    console.log(
      `Target (${count === 10_000 ? '10,000 reminders' : `scaled to ${count}`}): ≤ ${seconds(target)}, 0 doubled, 0 missed: ` +
        `${sendMs <= target && sound ? 'MET' : 'MISSED'} (${seconds(sendMs)})`,
    )
    failed = !sound
  })
} finally {
  await inbox.stop()
  await rm(dataDir, { recursive: true, force: true })
}
process.exit(values.strict && failed ? 1 : 0)

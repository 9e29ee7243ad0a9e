/**
 * Delivery benchmark: `count` personalised home programs, seeded into a fresh database, are
 * emailed through the real delivery pipeline (requestDelivery, then the jobs queue composing,
 * rendering, storing and sending each through the pooled transport) to an SMTP server on
 * loopback in a child process, which checks that every message arrived once with its PDF.
 * The baseline, measured in the same run, sends the same number of copies of one finished
 * message through a plain pooled transport: the cost of SMTP alone. A benchmark, not a test:
 * it exits 0 whether or not the target is met.
 *
 *   npm run bench:send [-- --count 1000 --workers 2 --concurrency 10 --queue-width 4
 *                          --stage-sample 20 --timeout 600 --keep --profile DIR --strict]
 */
import { cpus, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

import { memorySampler } from './pdf/memory'
import { prepareEnvironment } from './send/environment'
import { startInbox } from './send/inbox'
import { cpuMsOf, postgresCpuMs } from './send/processCpu'
import {
  figuresTable,
  mb,
  problems,
  probeLines,
  seconds,
  stageLines,
  TARGET_MS,
  BOUND_MS,
} from './send/report'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    workers: { type: 'string' },
    concurrency: { type: 'string', default: '10' },
    'queue-width': { type: 'string', default: '4' },
    'stage-sample': { type: 'string', default: '20' },
    timeout: { type: 'string', default: '600' },
    keep: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
})
const positive = (name: 'count' | 'concurrency' | 'queue-width' | 'stage-sample' | 'timeout') =>
  Math.max(1, Math.trunc(Number(values[name])) || 1)
const count = positive('count')
const concurrency = positive('concurrency')
const queueWidth = positive('queue-width')
// Worker processes share the database over TCP, which the embedded database does not allow;
// on a PostgreSQL server the default is one worker per core, as a clinic would run them.
const workerCount = process.env.DATABASE_URL
  ? Math.max(0, Math.trunc(Number(values.workers ?? cpus().length)) || 0)
  : 0

const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} on ${cpus().length} cores`

const kb = (bytes: number | null | undefined) => `${((bytes ?? 0) / 1024).toFixed(0)} KB`

const timed = async <T>(label: string, work: () => Promise<T>) => {
  const started = performance.now()
  const result = await work()
  console.log(`${label}: ${seconds(performance.now() - started)}`)
  return result
}

console.log(`Before: ${load()}`)
const inbox = await startInbox()
const environment = await prepareEnvironment({ smtpUrl: inbox.url })
console.log(
  `Database: ${environment.database}; files in ${environment.dataDir}; SMTP receiver pid ${inbox.pid} at ${inbox.url}`,
)

const { withPayload } = await import('../src/cli/withPayload')
const { seed } = await import('../seeds/seed')
const { closeDeliveryMailer } = await import('../src/delivery/mailer')
const { createPopulation } = await import('./send/population')
const { queueAll, sendAll, watchDeliveries } = await import('./send/phases')
const { startWorkers } = await import('./send/workers')
const { sendBaseline } = await import('./send/baseline')
const { timeStages } = await import('./send/stages')
const { difference, startProbe } = await import('./send/probe')
const { profileThisThread, summariseProfile, summariseWorkerProfiles } =
  await import('./send/profile')

let failedChecks = false
try {
  await withPayload(async (payload) => {
    await timed('Seeded the starter library', () => seed(payload))
    const programs = await timed(`Created ${count} patients and ready programs`, () =>
      createPopulation(payload, count),
    )

    const workers = workerCount
      ? await timed(`Started ${workerCount} delivery workers`, () =>
          startWorkers(workerCount, concurrency, { profileDir: values.profile }),
        )
      : undefined
    const probe = startProbe(payload)
    const memory = memorySampler(undefined, 50)
    const atStart = probe.snapshot()
    const cpuAtStart = {
      own: process.cpuUsage(),
      workers: (await workers?.cpuMs()) ?? [],
      receiver: await cpuMsOf(inbox.pid),
      database: await postgresCpuMs(),
    }
    let shown = 0
    const onPass = (finished: number) => {
      if (finished - shown >= count / 10 || (finished === count && shown !== count)) {
        shown = finished
        console.log(`  sent: ${finished}/${count}`)
      }
    }
    const timeoutMs = positive('timeout') * 1000
    let queued: Awaited<ReturnType<typeof queueAll>>
    let sent: Awaited<ReturnType<typeof sendAll>>
    let afterQueue: ReturnType<typeof probe.snapshot>
    const stopProfiling = values.profile ? await profileThisThread() : undefined
    const queueProfile = `${values.profile}/queue/this-process.cpuprofile`
    if (workers) {
      let queueing = true
      const queueing$ = queueAll(payload, programs, queueWidth).finally(() => (queueing = false))
      const watching = watchDeliveries(payload, programs, {
        timeoutMs,
        onPass,
        stillQueueing: () => queueing,
      })
      queued = await queueing$
      await stopProfiling?.(queueProfile)
      afterQueue = probe.snapshot()
      console.log(
        `Queued ${queued.deliveries.length} deliveries: ${seconds(queued.ms)} (the workers sending meanwhile)`,
      )
      const watched = await watching
      sent = { ...watched, ms: watched.ms - queued.ms }
    } else {
      queued = await queueAll(payload, programs, queueWidth)
      await stopProfiling?.(queueProfile)
      afterQueue = probe.snapshot()
      console.log(`Queued ${queued.deliveries.length} deliveries: ${seconds(queued.ms)}`)
      sent = await sendAll(payload, queued.deliveries, { concurrency, timeoutMs, onPass })
    }
    const afterSend = probe.snapshot()
    const ownCpu = process.cpuUsage(cpuAtStart.own)
    const workersCpuMs = ((await workers?.cpuMs()) ?? []).map(
      (ms, i) => ms - (cpuAtStart.workers[i] ?? 0),
    )
    const receiverCpuMs = (await cpuMsOf(inbox.pid)) - cpuAtStart.receiver
    const databaseCpuMs = (await postgresCpuMs()) - cpuAtStart.database
    const peakRss = (await memory.stop()) + ((await workers?.peakRss()) ?? 0)
    await workers?.stop()
    probe.stop()
    closeDeliveryMailer()
    const received = await inbox.stats(true)
    const found = problems(count, received, sent.deliveries)

    const stages = await timeStages(
      payload,
      programs.slice(0, Math.min(count, positive('stage-sample'))),
    )

    await inbox.reset()
    const baselineMemory = memorySampler(undefined, 50)
    // The baseline sends the message of the delivery whose PDF is the median size.
    const bySize = sent.deliveries
      .filter((d) => d.pdfBytes)
      .sort((a, b) => (a.pdfBytes ?? 0) - (b.pdfBytes ?? 0))
    const typical = bySize[Math.floor(bySize.length / 2)] ?? sent.deliveries[0]
    const baseline = await sendBaseline(payload, typical.id, count, concurrency)
    const baselinePeakRss = await baselineMemory.stop()
    const baselineReceived = await inbox.stats()
    if (baselineReceived.distinct !== count || baselineReceived.withoutPdf) {
      found.push(
        `baseline: ${baselineReceived.distinct} distinct messages with ${baselineReceived.withoutPdf} missing a PDF`,
      )
    }

    const total = queued.ms + sent.ms
    const target = (TARGET_MS * count) / 1000
    const bound = (BOUND_MS * count) / 1000
    const sending = workers
      ? `${workerCount} worker processes (npm run jobs) sending while queueing, up to ${concurrency} jobs each at once`
      : `job concurrency ${concurrency} in this process after queueing`
    console.log(
      `\n${count} programs, ${sending}, requestDelivery ${queueWidth} at a time; ` +
        `PDFs ${kb(bySize[0]?.pdfBytes)}–${kb(bySize.at(-1)?.pdfBytes)} (median ${kb(typical.pdfBytes)}, the baseline's); ` +
        `${kb(received.bytes / Math.max(1, received.received))} per message on the wire\n`,
    )
    console.log(
      figuresTable({
        count,
        sendLabel: workers ? 'send (finished after queueing)' : 'send (runDeliveryQueue)',
        queueMs: queued.ms,
        sendMs: sent.ms,
        baselineMs: baseline.ms,
        peakRss,
        receiverPeakRss: received.peakRss,
        baselinePeakRss,
      }),
    )
    console.log(
      `(peak RSS: this process, which also holds the in-memory database when embedded${workers ? ', and the workers' : ''}, plus the SMTP ` +
        `receiver's ${mb(received.peakRss)}; a rate is messages per second of wall time.)`,
    )
    console.log(
      `CPU time while queueing and sending: this process ${seconds((ownCpu.user + ownCpu.system) / 1000)}` +
        (workers ? `, workers ${workersCpuMs.map(seconds).join(' + ')}` : '') +
        ` (${((ownCpu.user + ownCpu.system) / 1000 / count + workersCpuMs.reduce((a, b) => a + b, 0) / count).toFixed(1)} ms per message); ` +
        `beside them, the SMTP receiver ${seconds(receiverCpuMs)} (${(receiverCpuMs / count).toFixed(1)} ms per message)` +
        (databaseCpuMs > 0
          ? ` and this machine's PostgreSQL ${seconds(databaseCpuMs)} (${(databaseCpuMs / count).toFixed(1)} ms per message, whoever asked)`
          : ''),
    )
    console.log(
      `\nArrived: ${received.received} messages, ${received.distinct} distinct Message-IDs, ` +
        `${received.received - received.withoutPdf} with a PDF; ${sent.deliveries.filter((d) => d.status === 'sent').length} deliveries recorded sent.`,
    )
    console.log(
      found.length
        ? `CHECK FAILED:\n${found.map((line) => `  - ${line}`).join('\n')}`
        : 'Checks: all passed.',
    )

    console.log('\nDatabase work per delivery:')
    for (const line of [
      ...probeLines('queue', difference(atStart, afterQueue), count),
      ...(workers
        ? ['  send: in the worker processes, not counted here']
        : probeLines('send', difference(afterQueue, afterSend), count)),
    ]) {
      console.log(line)
    }
    console.log('\nPreparing one message, step by step (measured alone after the run):')
    stageLines(stages, count, queued.ms + sent.ms).forEach((line) => console.log(line))

    if (values.profile) {
      console.log('')
      ;[
        ...summariseProfile(queueProfile, "this process's main thread while queueing", count),
        ...(workers ? summariseWorkerProfiles(values.profile, count) : []),
      ].forEach((line) => console.log(line))
    }

    console.log(`\nAfter: ${load()}`)
    const sound = found.length === 0 && !sent.timedOut
    const met = total <= target && sound
    console.log(
      `\nTarget (${count === 1000 ? '1,000 messages' : `scaled to ${count} messages`}): ≤ ${seconds(target)} queue + send, never above ${seconds(bound)}`,
    )
    console.log(
      `  ${met ? 'MET   ' : total <= bound && sound ? 'MISSED (within the bound)' : 'MISSED'}  ${seconds(total)}${found.length ? ' (and the checks failed)' : ''}` +
        `${sent.timedOut ? ' (timed out)' : ''}; ${(total / baseline.ms).toFixed(1)}× the baseline`,
    )
    failedChecks = !sound
  })
} finally {
  await inbox.stop()
  await environment.cleanUp({ keep: values.keep })
  if (values.keep) {
    console.log(`Delivery PDFs kept in ${environment.dataDir}`)
  }
}
// With --strict (CI) a failed check (a message lost, doubled or without its PDF) fails the run;
// time never does, on a machine shared with other work.
process.exit(values.strict && failedChecks ? 1 : 0)

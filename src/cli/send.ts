import { parseOptions } from './parseOptions'

const usage = `Usage: npm run send -- --program <id>[,<id>...] [--program <id> ...] [--no-wait]
       npm run send -- --all-due [--no-wait]
Emails programs to their patients. --all-due sends every ready or active program whose patient
has not yet received its current version. Without --no-wait it sends them now, with a progress
bar; with it, it only queues them for the app or \`npm run jobs\`.`

const values = parseOptions(
  {
    program: { type: 'string', multiple: true, default: [] },
    'all-due': { type: 'boolean', default: false },
    'no-wait': { type: 'boolean', default: false },
  },
  usage,
)
const listed = values.program.flatMap((value) => value.split(',')).map((value) => value.trim())
if (listed.length > 0 === values['all-due'] || listed.some((id) => !/^[1-9]\d*$/.test(id))) {
  console.error(usage)
  process.exit(2)
}

const [
  { SingleBar },
  { sendableProgramStatuses },
  { closeDeliveryMailer },
  { requestDelivery },
  { unfinishedDeliveryJobs },
  { runDeliveryQueue },
  { withPayload },
  { inParallel },
] = await Promise.all([
  import('cli-progress'),
  import('../../collections/vocabularies'),
  import('../delivery/mailer'),
  import('../delivery/requestDelivery'),
  import('../delivery/queueDeliveryJob'),
  import('../delivery/runDeliveryQueue'),
  import('./withPayload'),
  import('../async/inParallel'),
])

/** Send requests prepared at once by --all-due. */
const REQUESTS_AT_ONCE = 4

const bar = (label: string, total: number) => {
  const progress = new SingleBar({
    format: `${label} [{bar}] {value}/{total} {note}`,
    stream: process.stdout,
    noTTYOutput: true,
    notTTYSchedule: 2_000,
    hideCursor: true,
  })
  progress.start(total, 0, { note: '' })
  return progress
}

// Output names programs by id only: patients' names and addresses are never printed.
const exitCode = await withPayload(async (payload) => {
  const ids = values['all-due']
    ? (
        await payload.find({
          collection: 'programs',
          where: { status: { in: [...sendableProgramStatuses] } },
          pagination: false,
          depth: 0,
          select: {},
        })
      ).docs.map((program) => program.id)
    : listed.map(Number)

  const queued: number[] = []
  const notes: string[] = []
  let upToDate = 0
  const preparing = bar('Preparing', ids.length)
  // A few at a time: each request composes and writes while the others wait on the database.
  const results = await inParallel(ids, REQUESTS_AT_ONCE, async (id) => {
    const result = await requestDelivery(payload, id).catch((error: Error) =>
      error.name === 'NotFound' ? { refused: 'no such program.' } : Promise.reject(error),
    )
    preparing.increment()
    return result
  })
  for (const [index, result] of results.entries()) {
    const id = ids[index]
    if ('refused' in result) {
      if (!values['all-due']) {
        notes.push(`Program ${id}: ${result.refused}`)
      }
    } else if (result.outcome === 'queued' || result.outcome === 'requeued') {
      queued.push(result.delivery.id)
    } else {
      upToDate += 1
    }
  }
  preparing.stop()
  console.log(
    `Queued ${queued.length}; ${upToDate} already sent or on their way; ${ids.length - queued.length - upToDate} not sendable.`,
  )
  notes.forEach((note) => console.log(note))
  if (values['no-wait'] || queued.length === 0) {
    return notes.length ? 1 : 0
  }

  const sending = bar('Sending', queued.length)
  const statuses = async () =>
    (
      await payload.find({
        collection: 'deliveries',
        where: { id: { in: queued } },
        pagination: false,
        depth: 0,
        select: { status: true, program: true, lastError: true },
      })
    ).docs
  // Retries due within a minute are waited for; later ones are left to the app or `npm run jobs`.
  const retryDueSoon = async () => {
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          unfinishedDeliveryJobs,
          { waitUntil: { less_than: new Date(Date.now() + 60_000).toISOString() } },
        ],
      },
      limit: 1,
      depth: 0,
    })
    return docs.length > 0
  }
  let final: Awaited<ReturnType<typeof statuses>> = []
  await runDeliveryQueue(payload, {
    recoverEveryMs: 30_000,
    done: async ({ ranAny }) => {
      final = await statuses()
      const finished = final.filter(
        (delivery) => delivery.status === 'sent' || delivery.status === 'failed',
      )
      sending.update(finished.length)
      return finished.length === queued.length || (!ranAny && !(await retryDueSoon()))
    },
  })
  sending.stop()
  closeDeliveryMailer()
  const count = (status: string) => final.filter((delivery) => delivery.status === status)
  console.log(
    `Sent ${count('sent').length}, failed ${count('failed').length}, waiting to retry ${count('queued').length + count('sending').length}.`,
  )
  for (const delivery of count('failed')) {
    console.log(
      `Program ${String(delivery.program)}: failed: ${delivery.lastError ?? 'unknown error'}`,
    )
  }
  if (count('queued').length) {
    console.log('Deliveries waiting to retry are sent by the app, or by `npm run jobs`.')
  }
  return count('failed').length || notes.length ? 1 : 0
})
process.exit(exitCode)

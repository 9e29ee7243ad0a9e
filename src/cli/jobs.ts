import { parseOptions } from './parseOptions'

const usage = `Usage: npm run jobs [-- --until-idle] [--concurrency 10]
Runs the delivery queue and the reminder loop (patients' chosen reminders, every 30 s) in this
process (for a worker separate from the app; start the app with JOBS_AUTORUN=false then). With
--until-idle it stops once no delivery is waiting to be sent, after one reminder pass.
--concurrency sets how many deliveries it works on at once.`

const values = parseOptions(
  {
    'until-idle': { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '10' },
  },
  usage,
)
const concurrency = Number(values.concurrency)
if (!Number.isInteger(concurrency) || concurrency < 1) {
  console.error(`--concurrency must be a whole number of at least 1.\n${usage}`)
  process.exit(2)
}

const [
  { closeDeliveryMailer },
  { runDeliveryQueue },
  { warmRenderThreads },
  { withPayload },
  { startReminderLoop },
  { startAdherenceLoop },
] = await Promise.all([
  import('../delivery/mailer'),
  import('../delivery/runDeliveryQueue'),
  import('../handouts/render/renderPool'),
  import('./withPayload'),
  import('../reminders/reminderLoop'),
  import('../adherence/adherenceLoop'),
])

let stopping = false
const stop = () => {
  stopping = true
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

await withPayload(async (payload) => {
  const waiting = async () =>
    (
      await payload.count({
        collection: 'deliveries',
        where: { status: { in: ['queued', 'sending'] } },
      })
    ).totalDocs
  // Its render threads load before the first delivery needs them (seconds each).
  await warmRenderThreads(['staff'])
  console.log('Delivery worker started.')
  const reminders = startReminderLoop(payload)
  const adherence = startAdherenceLoop(payload)
  await runDeliveryQueue(payload, {
    concurrency,
    recoverEveryMs: 30_000,
    done: async () => stopping || (values['until-idle'] && (await waiting()) === 0),
  })
  await Promise.all([reminders.stop(), adherence.stop()])
  closeDeliveryMailer()
  console.log('Delivery worker stopped.')
})

import { closeDeliveryMailer } from '../delivery/mailer'
import { runDeliveryQueue } from '../delivery/runDeliveryQueue'
import { parseOptions } from './parseOptions'
import { withPayload } from './withPayload'

const usage = `Usage: npm run jobs [-- --until-idle]
Runs the delivery queue in this process (for a worker separate from the app; start the app with
JOBS_AUTORUN=false then). With --until-idle it stops once no delivery is waiting to be sent.`

const values = parseOptions({ 'until-idle': { type: 'boolean', default: false } }, usage)

let stopping = false
const stop = () => {
  stopping = true
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

await withPayload(async (payload) => {
  const waiting = async () =>
    (await payload.count({ collection: 'deliveries', where: { status: { in: ['queued', 'sending'] } } })).totalDocs
  console.log('Delivery worker started.')
  await runDeliveryQueue(payload, {
    recoverEveryMs: 30_000,
    done: async () => stopping || (values['until-idle'] && (await waiting()) === 0),
  })
  closeDeliveryMailer()
  console.log('Delivery worker stopped.')
})

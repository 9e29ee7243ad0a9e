import { Forbidden, type Config } from 'payload'

import { hasRole } from '../../collections/access/roles'
import { runLoopsWithApp } from '../jobs/appLoops'
import { deliveryQueue } from './settings'
import { recoverDeliveriesTask, sendDeliveryTask } from './tasks'

/** A 403 that says why; named Forbidden so Payload logs it as the refusal it is, not as a crash. */
class AdminsOnly extends Forbidden {
  constructor() {
    super()
    this.name = 'Forbidden'
    this.message = 'Only admins may run, queue or cancel jobs.'
  }
}

/**
 * Payload answers a refused jobs call with 401 "unauthorized", which tells a signed-in clinician
 * to log in. Anonymous callers still get that (false); signed-in non-admins get a 403 that says
 * what is wrong.
 */
const adminsOnly = ({ req }: { req: { user?: unknown } }) => {
  if (!req.user) {
    return false
  }
  if (!hasRole(req.user as Parameters<typeof hasRole>[0], 'admin')) {
    throw new AdminsOnly()
  }
  return true
}

/**
 * Deliveries run on Payload's jobs queue. The app runs the queue itself every few seconds
 * (unless `JOBS_AUTORUN=false`, as in tests and for a separate `npm run jobs` worker), without
 * an info line for each run; failures are still logged. Where it does, it also runs the reminder
 * and adherence loops (src/jobs/appLoops.ts), started once as Payload starts its own runs.
 */
export const jobsConfig = (): Config['jobs'] => ({
  tasks: [sendDeliveryTask, recoverDeliveriesTask],
  access: { queue: adminsOnly, run: adminsOnly, cancel: adminsOnly },
  ...(process.env.JOBS_AUTORUN === 'false'
    ? {}
    : {
        autoRun: runLoopsWithApp([
          { cron: '*/5 * * * * *', queue: deliveryQueue, limit: 10, silent: { info: true } },
        ]),
      }),
})

import type { Config } from 'payload'

import { hasRole } from '../../collections/access/roles'
import { deliveryQueue } from './settings'
import { recoverDeliveriesTask, sendDeliveryTask } from './tasks'

const adminsOnly = ({ req }: { req: { user?: unknown } }) =>
  hasRole(req.user as Parameters<typeof hasRole>[0], 'admin')

/**
 * Deliveries run on Payload's jobs queue. The app runs the queue itself every few seconds
 * (unless `JOBS_AUTORUN=false`, as in tests and for a separate `npm run jobs` worker).
 */
export const jobsConfig = (): Config['jobs'] => ({
  tasks: [sendDeliveryTask, recoverDeliveriesTask],
  access: { queue: adminsOnly, run: adminsOnly, cancel: adminsOnly },
  ...(process.env.JOBS_AUTORUN === 'false'
    ? {}
    : { autoRun: [{ cron: '*/5 * * * * *', queue: deliveryQueue, limit: 10 }] }),
})

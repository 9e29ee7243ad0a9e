import type { Endpoint } from 'payload'

import { recordAudit, staffOf } from '../../audit/recordAudit'
import { problem } from '../../http/problem'
import { noStore } from '../../http/programEndpoint'
import { routeId } from '../../http/readableRecord'
import { markAlertSeen } from '../markAlertSeen'

/**
 * `POST /api/alerts/:id/seen`: the signed-in clinician (their own patients' alerts) or admin
 * marks an alert seen. The first mark is kept: who and when are never overwritten. 403 for
 * anyone who may not read alerts, 404 for an alert they may not see.
 */
export const markSeenEndpoint: Endpoint = {
  path: '/:id/seen',
  method: 'post',
  handler: async (req) => {
    const id = routeId(req)
    if (id instanceof Response) {
      return id
    }
    const staff = staffOf(req)
    if (!staff) {
      return problem(403, 'Sign in as staff to mark an alert seen.')
    }
    const alert = await markAlertSeen(req, id, staff.id, new Date())
    void recordAudit(req, { action: 'update', collection: 'alerts', ids: [id] })
    return Response.json(
      { message: 'Marked seen.', alert: { id, seenAt: alert.seenAt, seenBy: alert.seenBy } },
      { headers: noStore },
    )
  },
}

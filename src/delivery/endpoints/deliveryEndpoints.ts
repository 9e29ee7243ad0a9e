import type { Endpoint } from 'payload'

import { recordAudit } from '../../audit/recordAudit'
import { problem } from '../../http/problem'
import { noStore, programEndpoint } from '../../http/programEndpoint'
import { deliveryStatus } from '../deliveryStatus'
import { requestDelivery, type DeliveryOutcome } from '../requestDelivery'

const messages: Record<DeliveryOutcome, string> = {
  queued: 'Queued: the program will be emailed to the patient in a moment.',
  requeued: 'The earlier attempt failed; it is queued to be sent again.',
  'already-queued': 'This version of the program is already queued to be sent.',
  'already-sending': 'This version of the program is being sent right now.',
  'already-sent': 'This version of the program was already sent; nothing new to send.',
}

/**
 * `POST /api/programs/:id/send` queues the email of the program to its patient (202), or
 * refuses with the reason (422). `GET /api/programs/:id/delivery-status` says whether the
 * patient's last delivery is out of date.
 */
export const deliveryEndpoints: Endpoint[] = [
  programEndpoint('/:id/send', 'post', async (req, id) => {
    const result = await requestDelivery(req.payload, id)
    if ('refused' in result) {
      return problem(422, result.refused)
    }
    const { delivery, outcome } = result
    const sent = outcome === 'queued' || outcome === 'requeued'
    if (sent) {
      void recordAudit(req, { action: 'send', collection: 'programs', ids: [id] })
    }
    return Response.json(
      {
        message: messages[outcome],
        outcome,
        delivery: { id: delivery.id, status: delivery.status },
      },
      { status: sent ? 202 : 200, headers: noStore },
    )
  }),
  programEndpoint('/:id/delivery-status', 'get', async (req, id) =>
    Response.json(await deliveryStatus(req.payload, id), { headers: noStore }),
  ),
]

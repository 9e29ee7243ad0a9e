import type { Endpoint, PayloadRequest } from 'payload'

import { recordAudit } from '../audit/recordAudit'
import { problem } from '../http/problem'
import { noStore, programEndpoint } from '../http/programEndpoint'
import { linkOfProgram, renewLink, stopLink } from './links'
import { linkState } from './linkState'
import { writeOpens } from '../patientPage/opens'

/**
 * An endpoint on one program's patient link, answered only when the caller may read the
 * program (else 400/403/404 as Payload answers), with the link's state after the change.
 */
const linkEndpoint = (
  path: string,
  method: 'get' | 'post',
  change?: (req: PayloadRequest, programId: number) => Promise<Response | undefined>,
): Endpoint =>
  programEndpoint(path, method, async (req, id) => {
    const refused = await change?.(req, id)
    if (refused) {
      return refused
    }
    await writeOpens(req.payload)
    return Response.json(linkState(id, await linkOfProgram(req.payload, id)), {
      headers: noStore,
    })
  })

const notSentYet = () =>
  problem(409, 'This program has no patient link yet: it is made when the program is first sent.')

/**
 * `GET /api/programs/:id/patient-link`: the link's state (and the link, for "Copy link").
 * `POST …/patient-link/stop`: "Stop this link". `POST …/patient-link/new`: "New link".
 */
export const patientLinkEndpoints: Endpoint[] = [
  linkEndpoint('/:id/patient-link', 'get'),
  linkEndpoint('/:id/patient-link/stop', 'post', async (req, id) => {
    const link = await linkOfProgram(req.payload, id)
    if (!link) {
      return notSentYet()
    }
    await stopLink(req.payload, link)
    void recordAudit(req, { action: 'link-stop', collection: 'programs', ids: [id] })
  }),
  linkEndpoint('/:id/patient-link/new', 'post', async (req, id) => {
    const link = await linkOfProgram(req.payload, id)
    if (!link) {
      return notSentYet()
    }
    await renewLink(req.payload, link, id)
    void recordAudit(req, { action: 'link-renew', collection: 'programs', ids: [id] })
  }),
]

import type { Endpoint, PayloadRequest } from 'payload'

import { recordAudit } from '../audit/recordAudit'
import { problem } from '../http/problem'
import { idOf } from '../relationships/idOf'
import { noStore, programEndpoint } from '../http/programEndpoint'
import { writeOpens } from '../patientPage/opens'
import { renewLink, stopLink } from './links'
import { linkOfProgramNow } from './linkState'

type Now = Awaited<ReturnType<typeof linkOfProgramNow>>

/**
 * An endpoint on one program's patient link, answered only when the caller may read the
 * program (else 400/403/404 as Payload answers), with the link's state after the change.
 */
const linkEndpoint = (
  path: string,
  method: 'get' | 'post',
  change?: (req: PayloadRequest, now: Now) => Promise<Response | undefined>,
): Endpoint =>
  programEndpoint(path, method, async (req, id) => {
    const refused = change ? await change(req, await linkOfProgramNow(req.payload, id)) : undefined
    if (refused) {
      return refused
    }
    await writeOpens(req.payload)
    return Response.json((await linkOfProgramNow(req.payload, id)).state, { headers: noStore })
  })

/** The program a link belongs to, for its audit event. */
const programOf = (link: NonNullable<Now['link']>) => idOf(link.program) as number

const notSentYet = () =>
  problem(409, 'This program has no patient link yet: it is made when the program is first sent.')

/** Why "New link" cannot give this program's patient a link now, if it cannot. */
const whyNoNewLink = ({ state }: Now) => {
  switch (state.reason) {
    case 'patient-changed':
      return 'This program now belongs to another patient: send it to give them their own link.'
    case 'patient-archived':
      return 'This patient is archived: no link opens for them.'
    case 'patient-erased':
      return "This patient's personal data was erased: no link opens for them."
    default:
      return undefined
  }
}

/**
 * `GET /api/programs/:id/patient-link`: the link's state (and the link, for "Copy link").
 * `POST …/patient-link/stop`: "Stop this link". `POST …/patient-link/new`: "New link".
 */
export const patientLinkEndpoints: Endpoint[] = [
  linkEndpoint('/:id/patient-link', 'get'),
  linkEndpoint('/:id/patient-link/stop', 'post', async (req, { link }) => {
    if (!link) {
      return notSentYet()
    }
    await stopLink(req.payload, link)
    void recordAudit(req, { action: 'link-stop', collection: 'programs', ids: [programOf(link)] })
  }),
  linkEndpoint('/:id/patient-link/new', 'post', async (req, now) => {
    if (!now.link || now.state.state === 'none') {
      return notSentYet()
    }
    const refused = whyNoNewLink(now)
    if (refused) {
      return problem(409, refused)
    }
    await renewLink(req.payload, now.link)
    void recordAudit(req, {
      action: 'link-renew',
      collection: 'programs',
      ids: [programOf(now.link)],
    })
  }),
]

import type { Endpoint, PayloadRequest } from 'payload'

import type { HandoutTemplate } from '../../../templates'
import { checkRecordAccess, routeId } from '../../http/checkRecordAccess'
import { problem } from '../../http/problem'
import { makeHandoutEmail, makeHandoutPdf } from '../make'
import { previewHtml } from './previewHtml'
import { parseHandoutQuery, type HandoutQuery } from './parseHandoutQuery'

/** What a document's handout is made with when the URL does not say otherwise. */
export type HandoutDefaults = { template: HandoutTemplate['name']; largePrint: boolean }

type Prepared = { id: number; query: HandoutQuery; largePrint: boolean }

const prepare = async (
  req: PayloadRequest,
  source: HandoutTemplate['source'],
  defaultsOf: (req: PayloadRequest, id: number) => Promise<HandoutDefaults>,
): Promise<{ response: Response } | Prepared> => {
  const id = routeId(req)
  if (id instanceof Response) {
    return { response: id }
  }
  const denied = await checkRecordAccess(req, source, id, 'this handout')
  if (denied) {
    return { response: denied }
  }
  const defaults = await defaultsOf(req, id)
  const query = parseHandoutQuery((req.query ?? {}) as Record<string, unknown>, source, defaults.template)
  if ('error' in query) {
    return { response: problem(400, query.error) }
  }
  return { id, query, largePrint: query.largePrint ?? defaults.largePrint }
}

/** `GET /api/<source>/:id/handout.pdf` and `…/handout.html` (the email body, previewable). */
export const handoutEndpoints = (
  source: HandoutTemplate['source'],
  defaultsOf: (req: PayloadRequest, id: number) => Promise<HandoutDefaults>,
): Endpoint[] => {
  const endpoint = (
    path: string,
    respond: (req: PayloadRequest, prepared: Prepared) => Promise<Response>,
  ): Endpoint => ({
    path,
    method: 'get',
    handler: async (req) => {
      const prepared = await prepare(req, source, defaultsOf)
      if ('response' in prepared) {
        return prepared.response
      }
      return respond(req, prepared)
    },
  })
  const request = (req: PayloadRequest, { id, query, largePrint }: Prepared) => ({
    payload: req.payload,
    user: req.user,
    id,
    template: query.template,
    paper: query.paper,
    largePrint,
  })

  return [
    endpoint('/:id/handout.pdf', async (req, prepared) => {
      const { document, pdf } = await makeHandoutPdf(request(req, prepared))
      const filename = `${
        document.meta.title
          .replace(/[^\w\- ]+/g, '')
          .trim()
          .replace(/\s+/g, '-') || 'handout'
      }.pdf`
      return new Response(new Uint8Array(pdf), {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `${prepared.query.download ? 'attachment' : 'inline'}; filename="${filename}"`,
          'Cache-Control': 'private, no-store',
        },
      })
    }),
    endpoint('/:id/handout.html', async (req, prepared) => {
      const { email } = await makeHandoutEmail(request(req, prepared))
      return new Response(previewHtml(email), {
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'",
          'Cache-Control': 'private, no-store',
        },
      })
    }),
  ]
}

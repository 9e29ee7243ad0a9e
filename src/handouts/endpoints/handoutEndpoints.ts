import type { Endpoint, PayloadRequest } from 'payload'

import type { HandoutTemplate } from '../../../templates'
import { makeHandoutEmail, makeHandoutPdf } from '../make'
import { previewHtml } from './previewHtml'
import { parseHandoutQuery, type HandoutQuery } from './parseHandoutQuery'

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * 404 when there is no such document, 403 when it exists but the caller may not see it (another
 * clinician's patient, a draft for a visitor): the same rules as reading the document itself.
 */
const checkAccess = async (req: PayloadRequest, source: HandoutTemplate['source'], id: number) => {
  const where = { id: { equals: id } }
  const { totalDocs: exists } = await req.payload.count({ collection: source, where })
  if (!exists) {
    return problem(404, `No ${source.slice(0, -1)} with id ${id}.`)
  }
  const { totalDocs: visible } = await req.payload
    .count({ collection: source, where, overrideAccess: false, user: req.user ?? undefined })
    .catch(() => ({ totalDocs: 0 }))
  return visible ? undefined : problem(403, 'You are not allowed to see this handout.')
}

const prepare = async (
  req: PayloadRequest,
  source: HandoutTemplate['source'],
  defaultTemplate: (req: PayloadRequest, id: number) => Promise<HandoutTemplate['name']>,
): Promise<{ response: Response } | { id: number; query: HandoutQuery }> => {
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id) || id <= 0) {
    return { response: problem(400, 'The id must be a positive whole number.') }
  }
  const denied = await checkAccess(req, source, id)
  if (denied) {
    return { response: denied }
  }
  const query = parseHandoutQuery(
    (req.query ?? {}) as Record<string, unknown>,
    source,
    await defaultTemplate(req, id),
  )
  if ('error' in query) {
    return { response: problem(400, query.error) }
  }
  return { id, query }
}

type Prepared = { id: number; query: HandoutQuery; largePrint: boolean }

/** `GET /api/<source>/:id/handout.pdf` and `…/handout.html` (the email body, previewable). */
export const handoutEndpoints = (
  source: HandoutTemplate['source'],
  defaultTemplate: (req: PayloadRequest, id: number) => Promise<HandoutTemplate['name']>,
  defaultLargePrint: (req: PayloadRequest, id: number) => Promise<boolean> = async () => false,
): Endpoint[] => {
  const endpoint = (
    path: string,
    respond: (req: PayloadRequest, prepared: Prepared) => Promise<Response>,
  ): Endpoint => ({
    path,
    method: 'get',
    handler: async (req) => {
      const prepared = await prepare(req, source, defaultTemplate)
      if ('response' in prepared) {
        return prepared.response
      }
      const largePrint = prepared.query.largePrint ?? (await defaultLargePrint(req, prepared.id))
      return respond(req, { ...prepared, largePrint })
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

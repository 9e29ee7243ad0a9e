import type { Endpoint, PayloadRequest } from 'payload'

import type { HandoutTemplate } from '../../../templates'
import { readableRecord, routeId } from '../../http/readableRecord'
import { problem } from '../../http/problem'
import { pdfFileName } from '../format/fileName'
import { composeHandout, type HandoutRequest } from '../make'
import { renderEmailOffThread, renderPdfOffThread, type RenderLane } from '../render/renderPool'
import {
  asVisitorRender,
  VISITOR_RETRY_AFTER_SECONDS,
  VisitorRenderQueueFull,
} from '../render/visitorRenderQueue'
import { previewHtml } from './previewHtml'
import { parseHandoutQuery, type HandoutQuery } from './parseHandoutQuery'

type Prepared = { id: number; query: HandoutQuery }

const prepare = async (
  req: PayloadRequest,
  source: HandoutTemplate['source'],
  defaultTemplate: (req: PayloadRequest, id: number) => Promise<HandoutTemplate['name']>,
): Promise<{ response: Response } | Prepared> => {
  const id = routeId(req)
  if (id instanceof Response) {
    return { response: id }
  }
  await readableRecord(req, source, id)
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

/**
 * `GET /api/<source>/:id/handout.pdf` and `…/handout.html` (the email body, previewable). Without
 * `largePrint` in the URL, the document's own setting (a program's) decides.
 */
export const handoutEndpoints = (
  source: HandoutTemplate['source'],
  defaultTemplate: (req: PayloadRequest, id: number) => Promise<HandoutTemplate['name']>,
): Endpoint[] => {
  const endpoint = (
    path: string,
    respond: (req: PayloadRequest, prepared: Prepared, lane: RenderLane) => Promise<Response>,
  ): Endpoint => ({
    path,
    method: 'get',
    handler: async (req) => {
      const prepared = await prepare(req, source, defaultTemplate)
      if ('response' in prepared) {
        return prepared.response
      }
      if (req.user) {
        return respond(req, prepared, 'staff')
      }
      try {
        return await asVisitorRender(() => respond(req, prepared, 'visitor'))
      } catch (error) {
        if (error instanceof VisitorRenderQueueFull) {
          const busy = problem(503, error.message)
          busy.headers.set('Retry-After', String(VISITOR_RETRY_AFTER_SECONDS))
          return busy
        }
        throw error
      }
    },
  })
  const request = (req: PayloadRequest, { id, query }: Prepared): HandoutRequest => ({
    payload: req.payload,
    user: req.user,
    id,
    template: query.template,
    paper: query.paper,
    largePrint: query.largePrint,
  })

  return [
    endpoint('/:id/handout.pdf', async (req, prepared, lane) => {
      const document = await composeHandout(request(req, prepared), 'print')
      const pdf = await renderPdfOffThread(document, undefined, lane)
      const filename = pdfFileName(document.meta.title)
      return new Response(new Uint8Array(pdf), {
        headers: {
          'Content-Type': 'application/pdf',
          'Content-Disposition': `${prepared.query.download ? 'attachment' : 'inline'}; filename="${filename}"`,
          'Cache-Control': 'private, no-store',
        },
      })
    }),
    endpoint('/:id/handout.html', async (req, prepared, lane) => {
      const document = await composeHandout(request(req, prepared), 'email')
      const email = await renderEmailOffThread(document, lane)
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

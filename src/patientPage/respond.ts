import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { pdfFileName } from '../handouts/format/fileName'
import { keptImage } from '../delivery/imageStore'
import { linkClock } from '../patientLinks/clock'
import { clientAddress, networkOf } from '../http/clientAddress'
import { patientHeaders } from './headers'
import { keptDelivery, keptPdf, type KeptDelivery } from './keptDelivery'
import { lookUpLink } from './lookup'
import { countOpen } from './opens'
import { allowLookup } from './rateLimit'
import { notFoundPage, tooManyPage, type Clinic } from '../handouts/page/notFound'
import { renderProgramPage, type RenderedPage } from '../handouts/page/page'
import { unreadableProgramPage } from './unreadablePage'

/** Pages rendered once per delivery, link and print size, served many times. */
const pages = new LRUCache<string, RenderedPage & { bytes: Uint8Array<ArrayBuffer> }>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (page) => page.bytes.length + page.html.length * 2,
})

/** The clinic's name and phone for the not-found page, read at most once a minute. */
const clinics = new LRUCache<'clinic', Clinic>({ max: 1, ttl: 60_000 })
const clinicOf = async (payload: Payload): Promise<Clinic> => {
  const cached = clinics.get('clinic')
  if (cached) {
    return cached
  }
  const settings = await payload.findGlobal({ slug: 'clinic-settings', depth: 0 })
  const clinic = { name: settings.name || 'Your clinic', phone: settings.phone }
  clinics.set('clinic', clinic)
  return clinic
}

const html = (
  page: RenderedPage & { bytes?: Uint8Array<ArrayBuffer> },
  status: number,
  extra: Record<string, string> = {},
) =>
  new Response(page.bytes ?? page.html, {
    status,
    headers: {
      ...patientHeaders(page.styleHash),
      'Content-Type': 'text/html; charset=utf-8',
      ...extra,
    },
  })

const visitorLanguage = (request: Request) =>
  /^\s*es\b/i.test(request.headers.get('accept-language') ?? '') ? 'es' : 'en'

const notFound = async (payload: Payload, request: Request) =>
  html(notFoundPage(await clinicOf(payload), visitorLanguage(request)), 404)

type Target = { kind: 'page' } | { kind: 'pdf' } | { kind: 'image'; sha256: string }

const targetOf = (rest: string[]): Target | undefined => {
  if (rest.length === 0) {
    return { kind: 'page' }
  }
  if (rest.length === 1 && rest[0] === 'program.pdf') {
    return { kind: 'pdf' }
  }
  if (rest.length === 2 && rest[0] === 'images') {
    return { kind: 'image', sha256: rest[1] }
  }
  return undefined
}

const pageResponse = (request: Request, delivery: KeptDelivery, base: string) => {
  const size = new URL(request.url).searchParams.get('size')
  const large =
    size === 'large' || (size !== 'normal' && delivery.snapshot.document.layout.largePrint)
  const etag = `"delivery-${delivery.id}-${large ? 'large' : 'normal'}"`
  const key = `${base}|${delivery.id}|${large}`
  let page = pages.get(key)
  if (request.headers.get('if-none-match') === etag && page) {
    return new Response(null, { status: 304, headers: { ...patientHeaders(), ETag: etag } })
  }
  if (!page) {
    const rendered = renderProgramPage({
      document: delivery.snapshot.document,
      sentAt: delivery.sentAt,
      base,
      large,
    })
    // Encoded once: each visit sends the same bytes.
    page = { ...rendered, bytes: new TextEncoder().encode(rendered.html) }
    pages.set(key, page)
  }
  return html(page, 200, { ETag: etag })
}

const bytes = (data: Uint8Array, type: string, extra: Record<string, string> = {}) =>
  new Response(new Uint8Array(data), {
    status: 200,
    headers: { ...patientHeaders(), 'Content-Type': type, ...extra },
  })

/**
 * Everything under /p/<token>: the program page, its PDF (`/program.pdf`) and its images
 * (`/images/<sha256>`). Each request costs one indexed read of the link (page views are
 * counted in memory and written every two seconds); the page itself comes from memory once
 * rendered. Any link that does not open a program, and any path that
 * is not one of these, gets the same not-found page.
 */
export const respondToPatient = async (
  payload: Payload,
  request: Request,
  segments: string[],
): Promise<Response> => {
  const [token = '', ...rest] = segments
  const address = clientAddress(request)
  if (!(await allowLookup(payload, address))) {
    return html(tooManyPage(await clinicOf(payload), visitorLanguage(request)), 429, {
      'Retry-After': '60',
    })
  }
  const target = targetOf(rest)
  const now = linkClock.now()
  const link = await lookUpLink(payload, token, now)
  const delivery = link && target && (await keptDelivery(payload, link.delivery))
  if (!link || !delivery || !target) {
    return notFound(payload, request)
  }
  if ('unreadable' in delivery) {
    // The link is good but what was kept of the program cannot be read (logged where read).
    return html(unreadableProgramPage(await clinicOf(payload), visitorLanguage(request)), 500)
  }
  if (target.kind === 'page') {
    countOpen(payload, link.id, now, networkOf(address))
    return pageResponse(request, delivery, `/p/${token}`)
  }
  if (target.kind === 'pdf') {
    const pdf = await keptPdf(delivery)
    return pdf
      ? bytes(pdf, 'application/pdf', {
          'Content-Disposition': `attachment; filename="${pdfFileName(delivery.snapshot.document.meta.title)}"`,
        })
      : notFound(payload, request)
  }
  const type = delivery.images.get(target.sha256)
  const image = type && (await keptImage(target.sha256))
  return image ? bytes(image, type) : notFound(payload, request)
}

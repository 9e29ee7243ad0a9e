import { createHash } from 'node:crypto'

import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'

import { pdfFileName } from '../handouts/format/fileName'
import { keptImage } from '../delivery/imageStore'
import { linkClock } from '../patientLinks/clock'
import { clientAddress, networkOf } from '../http/clientAddress'
import { patientHeaders } from './headers'
import { keptDelivery, keptPdf, type KeptDelivery } from './keptDelivery'
import { lookUpLink, type OpenedLink } from './lookup'
import { countOpen } from './opens'
import { allowLookup } from './rateLimit'
import { notFoundPage, tooManyPage, type Clinic } from '../handouts/page/notFound'
import { markup } from '../handouts/email/html/markup'
import { remindersSection, todaySection, weekSection } from '../handouts/page/logging'
import { PAGE_SLOTS, renderProgramPage, type RenderedPage } from '../handouts/page/page'
import { isLarge, patientPart } from './patientPart'
import { unreadableProgramPage } from './unreadablePage'

/** A program page rendered once per delivery, link and print size, around its patient's part. */
type CachedPage = {
  /** Before the patient's week and today, between them and the reminders, and after. */
  parts: [Uint8Array, Uint8Array, Uint8Array]
  styleHash: string
  scriptHash?: string
}

/** Pages rendered once per delivery, link and print size, served many times. */
const pages = new LRUCache<string, CachedPage>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (page) => page.parts.reduce((sum, part) => sum + part.length, 0),
})

const encoder = new TextEncoder()

/** The clinic's name and phone for the not-found page, read at most once a minute. */
const clinics = new LRUCache<'clinic', Clinic>({ max: 1, ttl: 60_000 })
export const clinicOf = async (payload: Payload): Promise<Clinic> => {
  const cached = clinics.get('clinic')
  if (cached) {
    return cached
  }
  const settings = await payload.findGlobal({ slug: 'clinic-settings', depth: 0 })
  const clinic = { name: settings.name || 'Your clinic', phone: settings.phone }
  clinics.set('clinic', clinic)
  return clinic
}

export const html = (page: RenderedPage, status: number, extra: Record<string, string> = {}) =>
  new Response(page.html, {
    status,
    headers: {
      ...patientHeaders({ style: page.styleHash }),
      'Content-Type': 'text/html; charset=utf-8',
      ...extra,
    },
  })

export const visitorLanguage = (request: Request) =>
  /^\s*es\b/i.test(request.headers.get('accept-language') ?? '') ? 'es' : 'en'

/** Too many lookups from the client's address: a page asking to wait a minute. */
export const tooManyResponse = async (payload: Payload, request: Request) =>
  html(tooManyPage(await clinicOf(payload), visitorLanguage(request)), 429, { 'Retry-After': '60' })

export const notFound = async (payload: Payload, request: Request) =>
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

const cachedPage = (delivery: KeptDelivery, base: string, large: boolean): CachedPage => {
  const key = `${base}|${delivery.id}|${large}`
  let page = pages.get(key)
  if (!page) {
    const rendered = renderProgramPage({
      document: delivery.snapshot.document,
      sentAt: delivery.sentAt,
      base,
      large,
    })
    const [before, rest] = rendered.html.split(PAGE_SLOTS.top)
    const [middle, after] = rest.split(PAGE_SLOTS.end)
    // Encoded once: each visit sends the same bytes around its own part.
    page = {
      parts: [encoder.encode(before), encoder.encode(middle), encoder.encode(after)],
      styleHash: rendered.styleHash,
      scriptHash: rendered.scriptHash,
    }
    pages.set(key, page)
  }
  return page
}

const pageResponse = async (
  payload: Payload,
  request: Request,
  link: OpenedLink,
  delivery: KeptDelivery,
  base: string,
  now: Date,
) => {
  const large = isLarge(request, delivery)
  const page = cachedPage(delivery, base, large)
  const view = await patientPart(payload, link, delivery, base, large, now)
  const top = encoder.encode(markup`${weekSection(view)}${todaySection(view)}`.value)
  const end = encoder.encode(remindersSection(view).value)
  const own = createHash('sha256').update(top).update(end).digest('base64url').slice(0, 16)
  const etag = `"delivery-${delivery.id}-${large ? 'large' : 'normal'}-${own}"`
  const headers = patientHeaders({ style: page.styleHash, script: page.scriptHash })
  if (request.headers.get('if-none-match') === etag) {
    return new Response(null, { status: 304, headers: { ...headers, ETag: etag } })
  }
  const [before, middle, after] = page.parts
  const body = new Uint8Array(
    before.length + top.length + middle.length + end.length + after.length,
  )
  let offset = 0
  for (const part of [before, top, middle, end, after]) {
    body.set(part, offset)
    offset += part.length
  }
  return new Response(body, {
    status: 200,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8', ETag: etag },
  })
}

const bytes = (data: Uint8Array, type: string, extra: Record<string, string> = {}) =>
  new Response(new Uint8Array(data), {
    status: 200,
    headers: { ...patientHeaders(), 'Content-Type': type, ...extra },
  })

/**
 * Everything under /p/<token>: the program page, its PDF (`/program.pdf`) and its images
 * (`/images/<sha256>`). Each request costs one indexed read of the link (page views are
 * counted in memory and written every two seconds), and a page view one more statement for the
 * patient's own part (src/sessionLogs/loggingRows.ts); the page itself comes from memory once
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
    return tooManyResponse(payload, request)
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
    return pageResponse(payload, request, link, delivery, `/p/${token}`, now)
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

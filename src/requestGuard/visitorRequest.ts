import { parseCookies } from 'payload'

import { HANDOUT_PARAMETERS, yes } from '../handouts/endpoints/parseHandoutQuery'

/**
 * The query parameters Payload reads on a read of a document, a list or a global
 * (`createPayloadRequest`, `parseParams`, the find endpoints; payload 3.90).
 */
export const READ_PARAMETERS = [
  'depth',
  'draft',
  'fallback-locale',
  'fallbackLocale',
  'flattenLocales',
  'joins',
  'limit',
  'locale',
  'page',
  'pagination',
  'populate',
  'select',
  'sort',
  'trash',
  'where',
] as const

/**
 * True when Payload would try to authenticate the request in any form: an `Authorization`
 * header (a JWT, a bearer token, an API key `users API-Key …`) or any cookie named with
 * Payload's prefix, the session's `<prefix>-token` among them, read as Payload reads cookies
 * (`parseCookies`: `payload-token = x` is that cookie too).
 */
export const mayAuthenticate = (request: Request, cookiePrefix: string) => {
  if (request.headers.has('authorization')) {
    return true
  }
  const cookies = parseCookies(request.headers)
  if (cookies.has(`${cookiePrefix}-token`)) {
    return true
  }
  const prefix = `${cookiePrefix}-`.toLowerCase()
  return [...cookies.keys()].some((name) => name?.toLowerCase().startsWith(prefix))
}

/** The parameter a `name=value` or `name[…]=value` pair sets, decoded as qs decodes it. */
const parameterOf = (pair: string) => {
  const name = pair.split('=', 1)[0]
  let decoded: string
  try {
    decoded = decodeURIComponent(name.replace(/\+/g, ' '))
  } catch {
    decoded = name
  }
  return decoded.split('[', 1)[0]
}

/** A handout's parameters in one spelling each, so that equal handouts share one key. */
const handoutSearch = (params: URLSearchParams) => {
  const kept = new URLSearchParams()
  const template = params.get('template')
  if (template !== null) {
    kept.set('template', template)
  }
  const paper = params.get('paper')
  if (paper !== null) {
    kept.set('paper', paper.toLowerCase())
  }
  const largePrint = params.get('largePrint')
  if (largePrint !== null) {
    kept.set('largePrint', yes(largePrint) ? '1' : '0')
  }
  if (yes(params.get('download'))) {
    kept.set('download', '1')
  }
  return kept.toString()
}

/**
 * A visitor's read as the cache keeps and answers it: only the parameters Payload (or the
 * handout) reads are kept, in the address Payload is asked and in the cache's key, so a
 * parameter that changes nothing (`?n=<random>`, a tracking tag) cannot make each read a miss.
 * A handout's parameters are written one way (`paper=A4` is `paper=a4`). Returns the request to
 * answer and the address part of its key.
 */
export const visitorRead = (request: Request, handout: boolean) => {
  const url = new URL(request.url)
  const pairs = url.search.replace(/^\?/, '').split('&').filter(Boolean)
  const known: readonly string[] = handout ? HANDOUT_PARAMETERS : READ_PARAMETERS
  const kept = pairs.filter((pair) => known.includes(parameterOf(pair)))
  const search = handout ? handoutSearch(new URLSearchParams(kept.join('&'))) : kept.join('&')
  if (search === url.search.replace(/^\?/, '')) {
    return { request, address: `${url.pathname}${url.search}` }
  }
  url.search = search
  return {
    request: new Request(url, {
      method: request.method,
      headers: request.headers,
      signal: request.signal,
    }),
    address: `${url.pathname}${url.search}`,
  }
}

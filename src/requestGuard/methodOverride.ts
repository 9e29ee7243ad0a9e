import { requestLimits } from './limits'
import { readBody } from './readBody'
import { RequestRefused } from './refusal'
import { isObject } from './values'

/**
 * True for a request Payload answers as a `GET` (its `handleEndpoints`): a `POST` whose
 * `X-Payload-HTTP-Method-Override` or `X-HTTP-Method-Override` header is exactly `GET`.
 */
export const overridesToGet = (request: Request) =>
  request.method.toLowerCase() === 'post' &&
  (request.headers.get('X-Payload-HTTP-Method-Override') === 'GET' ||
    request.headers.get('X-HTTP-Method-Override') === 'GET')

/**
 * The `GET` Payload makes of a method-override `POST` (payload 3.90, `handleEndpoints`), built
 * the same way so the guard checks the query Payload will read: a form body is appended to
 * the address as its query; from a JSON body, `locale` (and, for `fallbackLocale`, Payload's
 * `depth`) are pasted into the address unescaped; any other body is not read. Returns that
 * `GET` and the original `POST` rebuilt around the bytes read.
 */
export const overriddenGet = async (request: Request): Promise<{ get: Request; post: Request }> => {
  const bytes = await readBody(request, requestLimits.jsonBodyBytes)
  const text = new TextDecoder().decode(bytes)
  const contentType = request.headers.get('Content-Type')
  let url = request.url
  if (contentType === 'application/x-www-form-urlencoded') {
    url = `${request.url}?${text}`
  } else if (contentType === 'application/json') {
    let data: unknown
    try {
      data = JSON.parse(text)
    } catch {
      throw new RequestRefused(400, 'The request body is not valid JSON.')
    }
    if (isObject(data)) {
      if (data.locale) {
        url += `?locale=${String(data.locale)}`
      }
      if (data.fallbackLocale) {
        url += `&fallbackLocale=${String(data.depth)}`
      }
    }
  }
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  return {
    get: new Request(url, { method: 'GET', headers, signal: request.signal }),
    post: new Request(request.url, {
      method: request.method,
      headers,
      body: bytes.byteLength > 0 ? bytes : null,
      signal: request.signal,
    }),
  }
}

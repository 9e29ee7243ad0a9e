import type { Field } from 'payload'

import { checkJsonValue } from './checkJsonValue'
import { checkQuery, parseQuery } from './checkQuery'
import { requestLimits } from './limits'
import { readBody } from './readBody'
import { RequestRefused } from './refusal'
import { isObject } from './values'

const jsonObject = (text: string, what: string): Record<string, unknown> => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new RequestRefused(400, `${what} is not valid JSON.`)
  }
  if (!isObject(value)) {
    throw new RequestRefused(400, `${what} must be a JSON object, e.g. {"name": "…"}.`)
  }
  checkJsonValue(value)
  return value as Record<string, unknown>
}

const checkForm = async (
  bytes: Uint8Array<ArrayBuffer>,
  contentType: string,
): Promise<Record<string, unknown> | undefined> => {
  let form: FormData
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData()
  } catch {
    throw new RequestRefused(400, 'The upload form is malformed (multipart/form-data).')
  }
  const file = form.get('file')
  if (file !== null && typeof file === 'string') {
    throw new RequestRefused(400, 'The form field file must be an uploaded file.')
  }
  const data = form.get('_payload')
  return data === null
    ? undefined
    : jsonObject(typeof data === 'string' ? data : '', 'The form field _payload')
}

/** The media type in lower case (`APPLICATION/JSON; charset=UTF-8` → `application/json`). */
export const mediaTypeOf = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase()

/**
 * Reads and checks a write's body before Payload does: JSON must be an object within the size
 * and nesting limits, an upload form must parse, and a method-override query must pass the
 * query checks. Returns the request rebuilt around the bytes read, with its media type in the
 * lower case Payload compares against, and the document data it carries.
 */
export const checkBody = async (
  request: Request,
  fields?: Field[],
): Promise<{ request: Request; data?: Record<string, unknown> }> => {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method) || !request.body) {
    return { request }
  }
  const mediaType = mediaTypeOf(request)
  const isUpload = mediaType.startsWith('multipart/')
  const bytes = await readBody(
    request,
    isUpload ? requestLimits.uploadBodyBytes : requestLimits.jsonBodyBytes,
  )
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  const rebuilt = (body: BodyInit | null) =>
    new Request(request.url, { method: request.method, headers, body, signal: request.signal })
  if (bytes.byteLength === 0) {
    return { request: rebuilt(null) }
  }
  if (mediaType === 'application/json') {
    const text = new TextDecoder().decode(bytes)
    const data = jsonObject(text, 'The request body')
    headers.set('content-type', 'application/json')
    return { request: rebuilt(text), data }
  }
  if (isUpload) {
    const contentType = request.headers.get('content-type') ?? ''
    const data = await checkForm(bytes, contentType)
    headers.set('content-type', `${mediaType}${contentType.slice(contentType.indexOf(';'))}`)
    return { request: rebuilt(bytes), data }
  }
  if (mediaType === 'application/x-www-form-urlencoded') {
    const text = new TextDecoder().decode(bytes)
    checkQuery(parseQuery(text), fields)
    headers.set('content-type', mediaType)
    return { request: rebuilt(text) }
  }
  throw new RequestRefused(
    415,
    'Send the body as JSON (Content-Type: application/json) or as an upload form (multipart/form-data).',
  )
}

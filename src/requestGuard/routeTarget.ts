import type { Field, SanitizedConfig } from 'payload'

export type RouteTarget = {
  /** The fields of the collection or global the route addresses. */
  fields?: Field[]
  /** True when the body is a document's data (create, update, duplicate, a global's save). */
  writesDocument: boolean
  /** True when the request means nothing without that data (all but a duplicate). */
  needsData?: boolean
  /** True for an upload collection, whose create may be a file alone. */
  upload?: boolean
  /** True for login, password reset, unlock and the like: the body holds credentials. */
  authenticates?: boolean
}

const AUTH_ROUTES = new Set([
  'login',
  'forgot-password',
  'reset-password',
  'unlock',
  'first-register',
])

const DOCUMENT_WRITES = new Set([
  'POST ',
  'PATCH ',
  'PUT ',
  'PATCH :id',
  'PUT :id',
  'POST :id/duplicate',
])

/** Which collection or global an API address names, and whether its body is document data. */
export const routeTargetOf = (
  config: SanitizedConfig,
  method: string,
  segments: string[],
): RouteTarget => {
  if (segments[0] === 'globals') {
    const global = config.globals.find(({ slug }) => slug === segments[1])
    const writesDocument = method === 'POST' && segments.length === 2
    return { fields: global?.fields, writesDocument, needsData: writesDocument && Boolean(global) }
  }
  const collection = config.collections.find(({ slug }) => slug === segments[0])
  if (!collection) {
    return { writesDocument: false }
  }
  const rest = segments
    .slice(1)
    .map((segment) => (/^\d+$/.test(segment) ? ':id' : segment))
    .join('/')
  const first = rest === 'first-register' && method === 'POST'
  const writesDocument = first || DOCUMENT_WRITES.has(`${method} ${rest}`)
  return {
    fields: collection.fields,
    writesDocument,
    needsData: writesDocument && rest !== ':id/duplicate',
    upload: Boolean(collection.upload),
    authenticates: Boolean(collection.auth) && method === 'POST' && AUTH_ROUTES.has(rest),
  }
}

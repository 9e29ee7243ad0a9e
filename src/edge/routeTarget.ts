import type { Field, SanitizedConfig } from 'payload'

export type RouteTarget = {
  /** The fields of the collection or global the route addresses. */
  fields?: Field[]
  /** True when the body is a document's data (create, update, duplicate, a global's save). */
  writesDocument: boolean
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
    return { fields: global?.fields, writesDocument: method === 'POST' && segments.length === 2 }
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
  return {
    fields: collection.fields,
    writesDocument: first || DOCUMENT_WRITES.has(`${method} ${rest}`),
    authenticates: Boolean(collection.auth) && method === 'POST' && AUTH_ROUTES.has(rest),
  }
}

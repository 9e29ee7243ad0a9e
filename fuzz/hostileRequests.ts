import type { Field, SanitizedConfig } from 'payload'

import fc from 'fast-check'

import { badText, nestedValue, poisonFor, toJson } from './poisons'
import { shapeRequests } from './shapeRequests'

export type Role = 'anonymous' | 'editor' | 'clinician'

export type HostileRequest = {
  family: string
  as: Role
  method: string
  path: string
  headers?: Record<string, string>
  body?: string
}

export type Target = { slug: string; fields: Field[]; id: number; handouts: boolean }

const roles = fc.constantFrom<Role>('anonymous', 'editor', 'clinician')
const json = { 'content-type': 'application/json' }

const badIdSegments = fc.constantFrom(
  '99999999999',
  '9'.repeat(80),
  '-1',
  '0',
  '1.5',
  '1e309',
  'abc',
  '%00',
  'a%00.png',
  "1' OR '1'='1",
  '%F0%9F%98%80',
  '..%2F..%2Fetc%2Fpasswd',
)

const namedFields = (fields: Field[]): Field[] =>
  fields.flatMap((field) =>
    field.type === 'row' || field.type === 'collapsible'
      ? namedFields(field.fields)
      : field.type === 'tabs'
        ? field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : namedFields(tab.fields)))
        : 'name' in field && field.type !== 'ui' && field.type !== 'join'
          ? [field]
          : [],
  )

const queryValue = fc.oneof(
  fc.constantFrom('garbage', '1e309', '-1', '999999-01-01', '', '%00', '[object Object]', 'مرحبا'),
  fc.string({ maxLength: 12 }),
)

const queryParams = (target: Target) => {
  const names = namedFields(target.fields).map((field) => (field as { name: string }).name)
  const operator = fc.constantFrom(
    'equals',
    'in',
    'like',
    'within',
    'near',
    'greater_than',
    'exists',
    '$ne',
    'all',
    'x',
  )
  return fc.oneof(
    fc.constantFrom(
      'page=1e309',
      'page=-1',
      'page=abc',
      'limit=100000',
      'limit=-5',
      'limit=0',
      'depth=100',
      'depth=-1',
      'depth=abc',
      'where=garbage',
      'where[name][within]=garbage',
      'sort=%00',
      'sort=name;drop',
      'pagination=false',
      'where[or][0][and][0][or][0][and][0][or][0][and][0][or][0][and][0][or][0][and][0][id][equals]=1',
      `where[id][in]=${Array.from({ length: 70_000 }, (_, index) => index + 1).join(',')}`,
      'where[createdAt][greater_than]=300000-01-01',
      'where[createdAt][equals]=garbage',
      'where[_status][equals]=garbage',
      'where[id][equals]=abc',
      'where[id][equals]=99999999999',
    ),
    fc
      .tuple(fc.constantFrom(...names, 'id', 'nope', '__proto__'), operator, queryValue)
      .map(([name, op, value]) => `where[${name}][${op}]=${encodeURIComponent(value)}`),
  )
}

const body = toJson

/** A write whose data holds at least one value its field must refuse. */
const poisonedWrite = (target: Target) => {
  const fields = namedFields(target.fields).filter(
    (field) => 'name' in field && field.name !== 'id',
  )
  return fc
    .constantFrom(...fields)
    .chain((field) =>
      poisonFor(field).map((value) => ({ [(field as { name: string }).name]: value })),
    )
}

const rawBodies = fc.constantFrom<[string, Record<string, string>]>(
  ['true', json],
  ['"a string"', json],
  ['42', json],
  ['[1,2,3]', json],
  ['null', json],
  ['{"name": "x"', json],
  ['{"name":7,"title":7,"createdAt":7}', { 'content-type': 'APPLICATION/JSON; charset=UTF-8' }],
  ['name=x', { 'content-type': 'text/plain' }],
  ['{"name":"x"}', { 'content-type': 'application/xml' }],
  ['--x\r\nbroken', { 'content-type': 'multipart/form-data; boundary=x' }],
  [
    '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{bad json\r\n--x--\r\n',
    { 'content-type': 'multipart/form-data; boundary=x' },
  ],
  [
    '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\njust a string\r\n--x--\r\n',
    { 'content-type': 'multipart/form-data; boundary=x' },
  ],
  [
    '--x\r\nMalformed header\r\n\r\nx\r\n--x--\r\n',
    { 'content-type': 'multipart/form-data; boundary=x' },
  ],
  [`{"a":${'['.repeat(5_000)}${']'.repeat(5_000)}}`, json],
  [`{"name":"${'x'.repeat(3_000_000)}"}`, json],
)

const documentRequests = (target: Target): fc.Arbitrary<HostileRequest> => {
  const base = `/api/${target.slug}`
  return fc.oneof(
    fc
      .tuple(roles, badIdSegments, fc.constantFrom('GET', 'PATCH', 'DELETE'))
      .map(([as, id, method]) => ({
        family: 'id',
        as,
        method,
        path: `${base}/${id}`,
        headers: json,
        body: method === 'PATCH' ? '{}' : undefined,
      })),
    fc
      .tuple(roles, badIdSegments)
      .map(([as, id]) => ({ family: 'id', as, method: 'GET', path: `${base}/versions/${id}` })),
    fc
      .tuple(roles, queryParams(target))
      .map(([as, query]) => ({ family: 'query', as, method: 'GET', path: `${base}?${query}` })),
    fc.tuple(roles, queryParams(target)).map(([as, query]) => ({
      family: 'query-override',
      as,
      method: 'POST',
      path: base,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-http-method-override': 'GET',
      },
      body: query,
    })),
    fc.tuple(roles, poisonedWrite(target), fc.boolean()).map(([as, data, create]) => ({
      family: 'field',
      as,
      method: create ? 'POST' : 'PATCH',
      path: create ? base : `${base}/${target.id}`,
      headers: json,
      body: body(data),
    })),
    fc.tuple(roles, poisonedWrite(target)).map(([as, data]) => ({
      family: 'field-bulk',
      as,
      method: 'PATCH',
      path: `${base}?where[id][equals]=${target.id}`,
      headers: json,
      body: body(data),
    })),
    fc.tuple(roles, rawBodies, fc.boolean()).map(([as, [text, headers], create]) => ({
      family: 'body',
      as,
      method: create ? 'POST' : 'PATCH',
      path: create ? base : `${base}/${target.id}`,
      headers,
      body: text,
    })),
    ...(target.handouts
      ? [
          fc
            .tuple(
              roles,
              fc.constantFrom('handout.pdf', 'handout.html'),
              fc.oneof(badIdSegments, fc.constant(String(target.id))),
              fc.constantFrom(
                '',
                '?paper=garbage',
                '?largePrint=%00',
                '?template=nope',
                '?depth=100',
              ),
            )
            .map(([as, file, id, query]) => ({
              family: 'handout',
              as,
              method: 'GET',
              path: `${base}/${id}/${file}${query}`,
            })),
        ]
      : []),
  )
}

const programRequests = fc
  .tuple(roles, badIdSegments, fc.constantFrom('send', 'delivery-status'))
  .map(([as, id, route]): HostileRequest => ({
    family: 'delivery',
    as,
    method: route === 'send' ? 'POST' : 'GET',
    path: `/api/programs/${id}/${route}`,
    headers: json,
    body: route === 'send' ? '{}' : undefined,
  }))

const authRequests = fc.oneof(
  fc
    .tuple(
      roles,
      fc.constantFrom(
        'login',
        'forgot-password',
        'reset-password',
        'unlock',
        'first-register',
        // Not logout: it would end the session the suite acts with.
        'refresh-token',
        'verify/garbage',
        'verify/%00',
      ),
    )
    .chain(([as, route]) =>
      fc
        .oneof(
          fc.constant({ email: { $ne: 1 }, password: 'x' }),
          fc.constant({ email: 'a@b.test', password: { $gt: '' } }),
          fc.constant({ token: 'garbage', password: 'x' }),
          badText.map((text) => ({ email: text, password: text })),
          fc.constant({ email: ['a@b.test'], password: 1 }),
        )
        .map((data): HostileRequest => ({
          family: 'auth',
          as,
          method: 'POST',
          path: `/api/users/${route}`,
          headers: json,
          body: body(data),
        })),
    ),
  fc
    .tuple(roles, fc.constantFrom('run', 'queue', 'cancel', 'handle-schedules'))
    .map(([as, route]): HostileRequest => ({
      family: 'jobs',
      as,
      method: 'GET',
      path: `/api/payload-jobs/${route}?queue=%00&limit=abc`,
    })),
  fc
    .tuple(
      roles,
      fc.constantFrom('a%00.png', '..%2F..%2Fpackage.json', '%2Fetc%2Fpasswd', 'x'.repeat(300)),
    )
    .map(([as, name]): HostileRequest => ({
      family: 'file',
      as,
      method: 'GET',
      path: `/api/media/file/${name}`,
    })),
  fc.tuple(roles, fc.constantFrom('clinic-settings', 'nope')).chain(([as, slug]) =>
    fc
      .oneof(
        fc.constant({ name: 7 }),
        fc.constant({ name: 'nul \u0000' }),
        fc.constant({ logo: 'abc' }),
        fc.constant({ primaryColour: 'x' }),
      )
      .map((data): HostileRequest => ({
        family: 'global',
        as,
        method: 'POST',
        path: `/api/globals/${slug}`,
        headers: json,
        body: body(data),
      })),
  ),
)

const graphQLRequests = fc
  .tuple(
    roles,
    fc.oneof(
      fc.constantFrom(
        'garbage',
        '{',
        '[]',
        'true',
        '{"query": 7}',
        '{"query": "{ garbage"}',
        '{"query": "mutation { deleteTechnique(id: \\"abc\\") { id } }"}',
      ),
      fc.constant(JSON.stringify({ query: `{ Techniques { docs { ${'id '.repeat(20_000)} } } }` })),
      fc.constant(
        toJson({
          query: 'query { Techniques { docs { id } } }',
          variables: { deep: nestedValue(3_000) },
        }),
      ),
      fc.constant(
        JSON.stringify({
          query: 'mutation($d: mutationTechniqueInput!) { createTechnique(data: $d) { id } }',
          variables: { d: { name: 'nul \u0000' } },
        }),
      ),
    ),
  )
  .map(([as, text]): HostileRequest => ({
    family: 'graphql',
    as,
    method: 'POST',
    path: '/api/graphql',
    headers: json,
    body: text,
  }))

/**
 * Malformed and hostile requests against every collection, custom endpoint, GraphQL, uploads
 * and auth routes, as an anonymous visitor, an editor and a clinician. Deterministic for a seed.
 * Every write carries at least one value that must be refused, so none may change data.
 */
export const hostileRequests = (
  config: SanitizedConfig,
  ids: Record<string, number>,
  { count, seed }: { count: number; seed: number },
): HostileRequest[] => {
  const targets: Target[] = config.collections
    .filter((collection) => !collection.slug.startsWith('payload-'))
    .map((collection) => ({
      slug: collection.slug,
      fields: collection.fields,
      id: ids[collection.slug] ?? 1,
      handouts: ['programs', 'conditions', 'techniques'].includes(collection.slug),
    }))
  const any = fc.oneof(
    { arbitrary: fc.oneof(...targets.map(documentRequests)), weight: 10 },
    { arbitrary: programRequests, weight: 1 },
    { arbitrary: authRequests, weight: 2 },
    { arbitrary: graphQLRequests, weight: 1 },
    { arbitrary: shapeRequests(config, ids), weight: 3 },
  )
  return fc.sample(any, { seed, numRuns: count })
}

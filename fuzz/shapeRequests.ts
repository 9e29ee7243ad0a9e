import type { SanitizedConfig } from 'payload'

import fc from 'fast-check'

import { dataAt, entitiesOf, fieldsOfType } from './fieldPaths'
import type { HostileRequest, Role } from './hostileRequests'

const roles = fc.constantFrom<Role>('anonymous', 'editor', 'clinician')
const json = { 'content-type': 'application/json' }

const paragraph = (children: unknown) => ({
  root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children }] },
})

/** Rich text Lexical cannot hold, each kind of mistake the check must name. */
export const badLexical = fc.constantFrom<unknown>(
  { root: { type: 'root', version: 1, children: 'x' } },
  { root: { type: 'root', version: 1, children: [null] } },
  { root: { type: 'root', version: 1, children: [7] } },
  { root: { type: 'root', version: 1, children: {} } },
  { root: { type: 'paragraph', children: [] } },
  { root: null },
  paragraph([{ type: 'text', version: 1, text: 42 }]),
  paragraph([{ type: 'text', version: 1, text: null }]),
  paragraph([{ type: 'text', version: 1 }]),
  paragraph([null]),
  paragraph('a string'),
  paragraph([{ type: 7, text: 'x' }]),
  paragraph([{ type: 'link', fields: null, children: [] }]),
  paragraph([{ type: 'text', text: 'x', format: {} }]),
  { root: { type: 'root', version: 1, children: [{ type: 'text', version: 1, text: 'loose' }] } },
  JSON.stringify({ root: { type: 'root', children: 'x' } }),
)

/**
 * Requests whose data has the wrong shape for what Payload and our hooks read, derived from the
 * config so every collection and global is covered: no document at all (an empty or
 * form-encoded body), `null` for each list of rows and group, rich text that is not valid
 * Lexical in each rich text field, a handout parameter given as a list, and a method-override
 * POST whose body smuggles what its GET may not ask.
 */
export const shapeRequests = (
  config: SanitizedConfig,
  ids: Record<string, number>,
): fc.Arbitrary<HostileRequest> => {
  const writeOf = (kind: 'collection' | 'global', slug: string, create: boolean) =>
    kind === 'global'
      ? { method: 'POST', path: `/api/globals/${slug}` }
      : create
        ? { method: 'POST', path: `/api/${slug}` }
        : { method: 'PATCH', path: `/api/${slug}/${ids[slug] ?? 1}` }

  const entities = entitiesOf(config)
  const noDocument = fc
    .tuple(
      roles,
      fc.constantFrom(...entities),
      fc.boolean(),
      fc.constantFrom<[string | undefined, Record<string, string>]>(
        [undefined, json],
        ['', json],
        ['name=x&title=y', { 'content-type': 'application/x-www-form-urlencoded' }],
        ['name=x', { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }],
      ),
    )
    .map(([as, { kind, slug }, create, [body, headers]]): HostileRequest => ({
      family: 'no-document',
      as,
      ...writeOf(kind, slug, create),
      headers,
      body,
    }))

  const rows = fieldsOfType(config, ['array', 'blocks', 'group'])
  const nullRows = fc
    .tuple(roles, fc.constantFrom(...rows), fc.boolean())
    .map(([as, { kind, slug, path }, create]): HostileRequest => ({
      family: 'null-rows',
      as,
      ...writeOf(kind, slug, create),
      headers: json,
      body: JSON.stringify(dataAt(path, null)),
    }))

  const richTexts = fieldsOfType(config, ['richText'])
  const richText = fc
    .tuple(roles, fc.constantFrom(...richTexts), badLexical, fc.boolean())
    .map(([as, { kind, slug, path }, value, create]): HostileRequest => ({
      family: 'rich-text',
      as,
      ...writeOf(kind, slug, create),
      headers: json,
      body: JSON.stringify(dataAt(path, value)),
    }))

  const readable = entities.filter(({ kind }) => kind === 'collection').map(({ slug }) => slug)
  const override = fc
    .tuple(
      roles,
      fc.constantFrom(...readable),
      fc.constantFrom('x-payload-http-method-override', 'x-http-method-override'),
      fc.constantFrom<[string, string]>(
        ['application/json', '{"locale":"x&pagination=false&limit=100000"}'],
        ['application/json', '{"locale":"x&limit=100000&depth=100"}'],
        ['application/json', '{"locale":"x&where[id][in]=1,abc"}'],
        ['application/json', '{"locale":"en","fallbackLocale":"x","depth":"x&limit=0"}'],
        ['application/json', '{"locale":'],
        ['application/x-www-form-urlencoded', 'limit=100000&pagination=false'],
        ['application/x-www-form-urlencoded', 'where[createdAt][equals]=garbage'],
      ),
    )
    .map(([as, slug, header, [contentType, body]]): HostileRequest => ({
      family: 'override',
      as,
      method: 'POST',
      path: `/api/${slug}`,
      headers: { [header]: 'GET', 'content-type': contentType },
      body,
    }))

  const handoutSources = ['programs', 'conditions', 'techniques'].filter((slug) =>
    readable.includes(slug),
  )
  const handoutLists = fc
    .tuple(
      roles,
      fc.constantFrom(...handoutSources),
      fc.constantFrom('handout.pdf', 'handout.html'),
      fc.constantFrom(
        'template[]=technique-card',
        'template[a]=technique-card',
        'template=technique-card&template=condition-guide',
        'template=__proto__',
        'template=constructor',
        'paper[]=a4',
        'largePrint[]=1',
        'download[x]=1',
      ),
    )
    .map(([as, slug, file, query]): HostileRequest => ({
      family: 'handout',
      as,
      method: 'GET',
      path: `/api/${slug}/${ids[slug] ?? 1}/${file}?${query}`,
    }))

  return fc.oneof(noDocument, nullRows, richText, override, handoutLists)
}

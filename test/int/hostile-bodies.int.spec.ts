import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { dataAt, fieldsOfType } from '../../fuzz/fieldPaths'
import { createPatientRecords } from '../helpers/clinical'
import { createStaff, type Staff } from '../helpers/fixtures'
import { logIn, type Session } from '../helpers/http'
import { createLibrary } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let staff: Staff
let admin: Session
const ids: Record<string, number> = {}

beforeAll(async () => {
  payload = await startPayload()
  server = await startRestServer()
  staff = await createStaff(payload)
  admin = await logIn(server.url, staff.admin.email)
  const library = await createLibrary(payload, 'published')
  const records = await createPatientRecords(payload, staff.clinician, library.routine.id)
  Object.assign(ids, {
    tools: library.tool.id,
    techniques: library.technique.id,
    resources: library.resource.id,
    routines: library.routine.id,
    conditions: library.condition.id,
    patients: records.patient.id,
    programs: records.program.id,
    deliveries: records.delivery.id,
    users: staff.admin.id,
  })
})
afterAll(async () => {
  await server?.stop()
  await stopPayload(payload)
})

type Answer = { status: number; messages: string[]; paths: string[] }

const send = async (
  method: string,
  path: string,
  body: string | undefined,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  session: Session = admin,
): Promise<Answer> => {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { ...headers, ...(session.token ? { authorization: `JWT ${session.token}` } : {}) },
    body,
  })
  const text = await response.text()
  let json: {
    errors?: Array<{ message?: string; data?: { errors?: { path: string; message: string }[] } }>
  } = {}
  try {
    json = JSON.parse(text)
  } catch {
    // Not JSON: the status says enough.
  }
  const errors = json.errors ?? []
  return {
    status: response.status,
    messages: errors.flatMap(({ message, data }) => [
      message ?? '',
      ...(data?.errors ?? []).map((error) => `${error.path}: ${error.message}`),
    ]),
    paths: errors.flatMap(({ data }) => (data?.errors ?? []).map(({ path }) => path)),
  }
}

/** Where a write of one collection's or global's document goes. */
const writeTo = (kind: 'collection' | 'global', slug: string) =>
  kind === 'global'
    ? { method: 'POST', path: `/globals/${slug}` }
    : { method: 'PATCH', path: `/${slug}/${ids[slug] ?? 1}` }

const describeAnswer = (what: string, { status, messages }: Answer) =>
  `${what} → ${status} ${messages.join(' ')}`

describe('a write without a document in its body', () => {
  const collections = ['conditions', 'techniques', 'patients', 'programs']

  it('is refused with 4xx saying to send JSON, whether empty or form-encoded, create or update', async () => {
    const answers: string[] = []
    for (const slug of collections) {
      for (const [method, path] of [
        ['POST', `/${slug}`],
        ['PATCH', `/${slug}/${ids[slug]}`],
      ]) {
        const empty = await send(method, path, undefined)
        const form = await send(method, path, 'name=x&title=y', {
          'content-type': 'application/x-www-form-urlencoded',
        })
        answers.push(describeAnswer(`${method} ${slug} empty`, empty))
        answers.push(describeAnswer(`${method} ${slug} form`, form))
      }
    }
    expect(answers.filter((answer) => !/→ 4\d\d .*JSON/.test(answer))).toEqual([])
  })

  it('changes nothing', async () => {
    const before = await payload.findByID({ collection: 'conditions', id: ids.conditions })
    await send('PATCH', `/conditions/${ids.conditions}`, undefined)
    const after = await payload.findByID({ collection: 'conditions', id: ids.conditions })
    expect(after.updatedAt).toBe(before.updatedAt)
  })
})

describe('null for a list of rows or a group', () => {
  it('is refused with 400 naming the field, for every array, blocks and group field of every collection and global', async () => {
    const fields = fieldsOfType(payload.config, ['array', 'blocks', 'group'])
    expect(fields.map(({ slug, path }) => `${slug}.${path}`)).toEqual(
      expect.arrayContaining([
        'programs.items',
        'conditions.symptoms',
        'techniques.defaultDosage',
        'routines.items',
      ]),
    )
    const wrong: string[] = []
    for (const { kind, slug, path } of fields) {
      const { method, path: address } = writeTo(kind, slug)
      const answer = await send(method, address, JSON.stringify(dataAt(path, null)))
      if (answer.status !== 400 || !answer.paths.includes(path)) {
        wrong.push(describeAnswer(`${slug}.${path}`, answer))
      }
    }
    expect(wrong).toEqual([])
  })
})

const paragraph = (children: unknown) => ({
  root: {
    type: 'root',
    version: 1,
    children: [{ type: 'paragraph', version: 1, children }],
  },
})

const badRichText: Record<string, unknown> = {
  'children as a string': { root: { type: 'root', version: 1, children: 'x' } },
  'a null child': { root: { type: 'root', version: 1, children: [null] } },
  'a null text node': paragraph([null]),
  'a text node whose text is a number': paragraph([{ type: 'text', version: 1, text: 42 }]),
  'a paragraph whose children are text': paragraph('plain'),
}

describe('rich text that is not valid Lexical', () => {
  it('is refused with 400 naming the field and the path inside it, in every rich text field, on create and update', async () => {
    const fields = fieldsOfType(payload.config, ['richText'])
    expect(fields.map(({ slug, path }) => `${slug}.${path}`)).toEqual(
      expect.arrayContaining(['conditions.body', 'techniques.body', 'programs.personalNotes']),
    )
    const wrong: string[] = []
    for (const { kind, slug, path } of fields) {
      for (const [name, value] of Object.entries(badRichText)) {
        const writes =
          kind === 'collection'
            ? [writeTo(kind, slug), { method: 'POST', path: `/${slug}` }]
            : [writeTo(kind, slug)]
        for (const write of writes) {
          const answer = await send(write.method, write.path, JSON.stringify(dataAt(path, value)))
          const named =
            answer.paths.includes(path) && answer.messages.join(' ').includes('root.children')
          if (answer.status !== 400 || !named) {
            wrong.push(describeAnswer(`${write.method} ${slug}.${path} ${name}`, answer))
          }
        }
      }
    }
    expect(wrong).toEqual([])
  })

  it('leaves the saved rich text as it was', async () => {
    const before = await payload.findByID({ collection: 'techniques', id: ids.techniques })
    await send(
      'PATCH',
      `/techniques/${ids.techniques}`,
      JSON.stringify({ body: badRichText['a text node whose text is a number'] }),
    )
    const after = await payload.findByID({ collection: 'techniques', id: ids.techniques })
    expect(after.body).toEqual(before.body)
  })

  it('is taken when it is valid', async () => {
    const body = paragraph([{ type: 'text', version: 1, text: 'Roll slowly.', format: 0 }])
    const answer = await send('PATCH', `/techniques/${ids.techniques}`, JSON.stringify({ body }))
    expect(answer.status).toBe(200)
  })
})

describe("a handout's query", () => {
  it('is refused with 400 naming the parameter when a value is a list', async () => {
    const base = `/techniques/${ids.techniques}/handout.html`
    const answers = [
      await send('GET', `${base}?template[]=technique-card`, undefined),
      await send('GET', `${base}?template[a]=technique-card`, undefined),
      await send('GET', `${base}?paper[]=a4`, undefined),
      await send('GET', `${base}?largePrint[]=1`, undefined),
    ]
    expect(answers.map(({ status }) => status)).toEqual([400, 400, 400, 400])
    expect(answers.map(({ messages }) => messages.join(' '))).toEqual([
      expect.stringMatching(/template/),
      expect.stringMatching(/template/),
      expect.stringMatching(/paper/),
      expect.stringMatching(/largePrint/),
    ])
  })
})

describe('a method-override POST', () => {
  const overrides = (headers: Record<string, string>) => ({
    'x-payload-http-method-override': 'GET',
    ...headers,
  })

  it('is refused as its GET would be: a JSON locale that smuggles pagination=false and a huge limit', async () => {
    const smuggled = await send(
      'POST',
      '/techniques',
      JSON.stringify({ locale: 'x&pagination=false&limit=100000' }),
      overrides({ 'content-type': 'application/json' }),
      {},
    )
    expect(smuggled.status).toBe(400)
    expect(smuggled.messages.join(' ')).toMatch(/limit|pagination/)

    const limit = await send(
      'POST',
      '/techniques',
      JSON.stringify({ locale: 'x&limit=100000' }),
      overrides({ 'content-type': 'application/json' }),
      {},
    )
    expect(limit.status).toBe(400)
    expect(limit.messages.join(' ')).toMatch(/limit/)
  })

  it('is refused for a form body its GET would refuse, also with X-HTTP-Method-Override', async () => {
    const form = await send('POST', '/techniques', 'limit=100000', {
      'x-http-method-override': 'GET',
      'content-type': 'application/x-www-form-urlencoded',
    })
    expect([form.status, form.messages.join(' ')]).toEqual([400, expect.stringMatching(/limit/)])
  })

  it('is answered like its GET when the GET would be', async () => {
    const response = await fetch(`${server.url}/api/techniques`, {
      method: 'POST',
      headers: overrides({ 'content-type': 'application/x-www-form-urlencoded' }),
      body: `where[id][equals]=${ids.techniques}&limit=5`,
    })
    const json = (await response.json()) as { docs: { id: number }[]; limit: number }
    expect([response.status, json.limit, json.docs.map(({ id }) => id)]).toEqual([
      200,
      5,
      [ids.techniques],
    ])
  })
})

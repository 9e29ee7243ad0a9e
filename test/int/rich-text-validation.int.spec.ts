import { describe, expect, it } from '@jest/globals'

import { richTextProblems } from '../../src/richText/lexicalShape'
import { createPatientRecords } from '../helpers/clinical'
import type { Session } from '../helpers/http'
import { contentData } from '../helpers/library'
import { pdfText } from '../helpers/pdf'
import { rejection } from '../helpers/rejection'
import { useRestServerWorld } from '../helpers/restServerWorld'
import { richTextDocument, richTextParagraph } from '../helpers/richText'
import { startScript } from '../helpers/script'

const world = useRestServerWorld('clinician')

const text = (value: unknown) => ({ type: 'text', version: 1, format: 0, text: value })

/** Rich text a database may already hold: each kind the check refuses, with text to keep. */
const storedBadBodies = {
  numberText: richTextDocument([richTextParagraph([text('Hold for'), text(42)])]),
  nullChild: richTextDocument([null, richTextParagraph([null, text('Breathe out slowly.')])]),
  stringChildren: richTextDocument([richTextParagraph('Stop if it hurts.')]),
}

/**
 * Writes bad rich text as older data or an edit in the database would have: through the
 * database adapter, below every hook and check.
 */
const storeBadRichText = async (
  collection: 'techniques' | 'programs',
  id: number,
  field: 'body' | 'personalNotes',
  value: unknown,
) => {
  await world.payload.db.updateOne({ collection, id, data: { [field]: value } })
  const stored = (await world.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
  })) as Record<string, unknown>
  expect(richTextProblems(stored[field])).not.toEqual([])
}

const storeBadTechnique = async (body: unknown) => {
  const technique = await world.payload.create({
    collection: 'techniques',
    data: { ...contentData('techniques'), _status: 'published' },
  })
  await storeBadRichText('techniques', technique.id, 'body', body)
  return technique
}

const read = async (path: string, session: Session = {}) => {
  const response = await fetch(`${world.server.url}/api${path}`, {
    headers: session.token ? { authorization: `JWT ${session.token}` } : {},
  })
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) }
}

describe('saving rich text that is not valid Lexical', () => {
  it('is refused over the Local API too, naming the field and the path inside it', async () => {
    const refused = await rejection(() =>
      world.payload.create({
        collection: 'techniques',
        user: world.staff.editor,
        overrideAccess: false,
        data: { ...contentData('techniques'), body: storedBadBodies.numberText as never },
      }),
    )
    expect(refused.name).toBe('ValidationError')
    expect(refused.errors).toEqual([
      { path: 'body', message: expect.stringContaining('root.children.0.children.1.text') },
    ])
  })

  it('is refused for children given as text and a null node', async () => {
    for (const body of [storedBadBodies.stringChildren, storedBadBodies.nullChild]) {
      const refused = await rejection(() =>
        world.payload.create({
          collection: 'conditions',
          data: { ...contentData('conditions'), body: body as never },
        }),
      )
      expect(refused.errors.map(({ path }) => path)).toEqual(['body'])
    }
  })
})

describe('rich text already stored that is not valid Lexical', () => {
  it('prints as its text in the handout PDF and its email, never an error', async () => {
    for (const body of Object.values(storedBadBodies)) {
      const technique = await storeBadTechnique(body)
      const html = await read(`/techniques/${technique.id}/handout.html`)
      const pdf = await read(`/techniques/${technique.id}/handout.pdf`)
      expect([html.status, pdf.status]).toEqual([200, 200])
      const printed = await pdfText(pdf.body)
      for (const words of ['Hold for', '42', 'Breathe out slowly.', 'Stop if it hurts.']) {
        if (JSON.stringify(body).includes(words)) {
          expect(html.body.toString()).toContain(words)
          expect(printed).toContain(words)
        }
      }
    }
  })

  it("prints as its text in a clinician's preview of a program with bad personal notes", async () => {
    const { program } = await createPatientRecords(world.payload, world.staff.clinician)
    await storeBadRichText('programs', program.id, 'personalNotes', storedBadBodies.numberText)
    const pdf = await read(`/programs/${program.id}/handout.pdf`, world.session)
    expect(pdf.status).toBe(200)
    expect(await pdfText(pdf.body)).toContain('42')
  })
})

describe('npm run richtext:check', () => {
  const check = async (args: string[] = []) => {
    const script = startScript('src/cli/richTextCheck.ts', args)
    return { code: await script.exited, output: script.output() }
  }

  it('lists documents whose rich text fails the check, without their text, and --repair keeps their text', async () => {
    const numberText = await storeBadTechnique(storedBadBodies.numberText)
    const stringChildren = await storeBadTechnique(storedBadBodies.stringChildren)
    const { program } = await createPatientRecords(world.payload, world.staff.clinician)
    await storeBadRichText('programs', program.id, 'personalNotes', storedBadBodies.nullChild)

    const listed = await check()
    expect(listed.code).toBe(1)
    expect(listed.output).toContain(
      `techniques ${numberText.id} body: root.children.0.children.1.text`,
    )
    expect(listed.output).toContain(
      `techniques ${stringChildren.id} body: root.children.0.children`,
    )
    expect(listed.output).toContain(`programs ${program.id} personalNotes: root.children.0`)
    expect(listed.output).not.toContain('Breathe out slowly')
    expect(listed.output).not.toContain('Stop if it hurts')
    const unchanged = await world.payload.db.findOne<{ id: number; body: unknown }>({
      collection: 'techniques',
      where: { id: { equals: numberText.id } },
    })
    expect(richTextProblems(unchanged?.body)).not.toEqual([])

    const repaired = await check(['--repair'])
    expect([repaired.code, repaired.output]).toEqual([0, expect.stringContaining('Repaired')])

    // As stored, not as read: reads already show such rich text repaired.
    const stored = async (collection: 'techniques' | 'programs', id: number) =>
      (await world.payload.db.findOne<{ id: number } & Record<string, unknown>>({
        collection,
        where: { id: { equals: id } },
      })) as Record<string, unknown>
    const bodies = [
      (await stored('techniques', numberText.id)).body,
      (await stored('techniques', stringChildren.id)).body,
      (await stored('programs', program.id)).personalNotes,
    ]
    expect(bodies.map(richTextProblems)).toEqual([[], [], []])
    expect(JSON.stringify(bodies[0])).toContain('"text":"42"')
    expect(JSON.stringify(bodies[1])).toContain('Stop if it hurts.')
    expect(JSON.stringify(bodies[2])).toContain('Breathe out slowly.')
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { seed } from '../../seeds/seed'
import type { Condition, Program, Technique } from '../../src/payload-types'
import {
  actors,
  createStaff,
  programReadStatus,
  relyingOnDefaults,
  type Actor,
  type Staff,
} from '../helpers/fixtures'
import { api, logInEveryone, type Session } from '../helpers/http'
import { contentData } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'
import { medianWordHeight, pdfInfo, pdfText } from '../helpers/pdf'
import { useSeededClinic } from '../helpers/clinicSettings'
import { fileStructureProblems } from '../helpers/pdfFileStructure'
import { itWithPdfTool, qpdfCheck } from '../helpers/pdfTools'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let staff: Staff
let sessions: Record<Actor, Session>
let program: Program
let backPain: Condition
let sciatica: Condition
let draftCondition: Condition
let techniqueNames: string[]

const bySlug = async (collection: 'conditions' | 'techniques', slug: string) =>
  (await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1 })).docs[0]

beforeAll(async () => {
  payload = await startPayload()
  await seed(payload)
  await useSeededClinic(payload)
  server = await startRestServer()
  staff = await createStaff(payload)
  backPain = (await bySlug('conditions', 'lower-back-pain')) as Condition
  sciatica = (await bySlug('conditions', 'sciatica')) as Condition
  const footRub = (await bySlug('techniques', 'foot-reflexology')) as Technique
  const patient = await payload.create({
    collection: 'patients',
    data: relyingOnDefaults<'patients'>({
      name: 'Marguerite Ølander-Ruiz',
      clinician: staff.clinician.id,
    }),
  })
  program = await payload.create({
    collection: 'programs',
    depth: 0,
    data: relyingOnDefaults<'programs'>({
      patient: patient.id,
      conditions: [backPain.id, sciatica.id],
      items: [
        {
          technique: footRub.id,
          dosage: { durationMinutes: 7 },
          note: 'Use the spiky ball you bought.',
        },
      ],
      status: 'ready',
    }),
  })
  const { docs: routines } = await payload.find({
    collection: 'routines',
    where: { id: { in: program.routines as number[] } },
    depth: 1,
  })
  techniqueNames = [
    ...routines.flatMap((routine) =>
      routine.items.map((item) => (item.technique as Technique).name),
    ),
    footRub.name,
  ]
  draftCondition = await payload.create({
    collection: 'conditions',
    draft: true,
    data: { ...contentData('conditions'), _status: 'draft' },
  })
  sessions = await logInEveryone(server.url, staff)
}, 300_000)

afterAll(async () => {
  await server.stop()
  await stopPayload(payload)
})

const fetchAs = async (actor: Actor, path: string) => {
  const response = await fetch(`${server.url}/api${path}`, {
    headers: sessions[actor].token ? { Authorization: `JWT ${sessions[actor].token}` } : {},
  })
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: new Uint8Array(await response.arrayBuffer()),
  }
}

describe("a patient's home program handout", () => {
  it('is a sound PDF with the patient, every technique and dosage, the red flags and the footer', async () => {
    const { status, type, body } = await fetchAs('clinician', `/programs/${program.id}/handout.pdf`)
    expect(status).toBe(200)
    expect(type).toBe('application/pdf')
    expect(fileStructureProblems(body)).toEqual([])
    const text = await pdfText(body)
    expect(text).toContain('Marguerite Ølander-Ruiz')
    for (const name of techniqueNames) {
      expect(text).toContain(name)
    }
    expect(text).toContain('7 min')
    expect(text).toContain('Use the spiky ball you bought.')
    expect(text).toMatch(/Stop and call us if/)
    for (const flag of [...backPain.redFlags, ...sciatica.redFlags]) {
      expect(text).toContain(flag.text.slice(0, 40))
    }
    const settings = await payload.findGlobal({ slug: 'clinic-settings' })
    expect(text).toContain((settings.handoutFooter as string).slice(0, 40))
    const info = await pdfInfo(body)
    expect(info.pages).toBeGreaterThanOrEqual(2)
    expect(info.pages).toBeLessThanOrEqual(30)
    expect(info.pageSize).toMatch(/^595\.\d* x 841\.\d*|^595 x 842/)
    expect(info.author).toBe(settings.name)
    expect(info.tagged).toBe(true)
  })

  itWithPdfTool('qpdf')('passes qpdf --check', async () => {
    const { body } = await fetchAs('clinician', `/programs/${program.id}/handout.pdf`)
    await expect(qpdfCheck(body)).resolves.toContain('No syntax or stream encoding errors')
  })

  it('comes in Letter size and in large print', async () => {
    const normal = await fetchAs('clinician', `/programs/${program.id}/handout.pdf`)
    const letter = await fetchAs('clinician', `/programs/${program.id}/handout.pdf?paper=letter`)
    expect((await pdfInfo(letter.body)).pageSize).toMatch(/^612 x 792/)
    const large = await fetchAs('clinician', `/programs/${program.id}/handout.pdf?largePrint=1`)
    expect(await medianWordHeight(large.body)).toBeGreaterThan(
      (await medianWordHeight(normal.body)) * 1.4,
    )
    expect((await pdfInfo(large.body)).pages).toBeGreaterThan((await pdfInfo(normal.body)).pages)
  })

  it('comes in large print when the program asks for it, unless the URL says otherwise', async () => {
    const normal = await fetchAs('clinician', `/programs/${program.id}/handout.pdf`)
    await payload.update({ collection: 'programs', id: program.id, data: { largePrint: true } })
    try {
      const own = await fetchAs('clinician', `/programs/${program.id}/handout.pdf`)
      const overridden = await fetchAs(
        'clinician',
        `/programs/${program.id}/handout.pdf?largePrint=0`,
      )
      expect(await medianWordHeight(own.body)).toBeGreaterThan(
        (await medianWordHeight(normal.body)) * 1.4,
      )
      expect(await medianWordHeight(overridden.body)).toBe(await medianWordHeight(normal.body))
    } finally {
      await payload.update({ collection: 'programs', id: program.id, data: { largePrint: false } })
    }
  })

  it('has an email version with the program in the body', async () => {
    const { status, type, body } = await fetchAs(
      'clinician',
      `/programs/${program.id}/handout.html`,
    )
    expect(status).toBe(200)
    expect(type).toMatch(/text\/html/)
    const html = Buffer.from(body).toString('utf8')
    expect(html).toContain('Marguerite Ølander-Ruiz')
    for (const name of techniqueNames) {
      expect(html).toContain(name.replace(/&/g, '&amp;'))
    }
  })

  it.each(actors)('is given to %s only as reading the program is', async (actor) => {
    for (const kind of ['pdf', 'html']) {
      const { status, body } = await fetchAs(actor, `/programs/${program.id}/handout.${kind}`)
      expect(status).toBe(programReadStatus[actor])
      if (status !== 200) {
        expect(Buffer.from(body).toString()).not.toContain('Marguerite')
      }
    }
  })
})

describe('condition and technique handouts', () => {
  it.each(actors)('give %s published content, and drafts only to staff', async (actor) => {
    const guide = await fetchAs(actor, `/conditions/${backPain.id}/handout.pdf`)
    expect(guide.status).toBe(200)
    const text = await pdfText(guide.body)
    expect(text).toContain('Lower back pain')
    expect(text).toContain(backPain.redFlags[0].text.slice(0, 40))
    const technique = (await bySlug('techniques', 'petrissage')) as Technique
    const draftTechnique = await payload.create({
      collection: 'techniques',
      draft: true,
      data: { ...contentData('techniques'), _status: 'draft' },
    })
    for (const kind of ['pdf', 'html']) {
      expect((await fetchAs(actor, `/conditions/${backPain.id}/handout.${kind}`)).status).toBe(200)
      expect((await fetchAs(actor, `/techniques/${technique.id}/handout.${kind}`)).status).toBe(200)
      const forStaffOnly = actor === 'anonymous' ? 404 : 200
      expect(
        (await fetchAs(actor, `/conditions/${draftCondition.id}/handout.${kind}`)).status,
      ).toBe(forStaffOnly)
      expect(
        (await fetchAs(actor, `/techniques/${draftTechnique.id}/handout.${kind}`)).status,
      ).toBe(forStaffOnly)
    }
  })

  it('makes a one-page technique card', async () => {
    const technique = (await bySlug('techniques', 'effleurage')) as Technique
    const { status, body } = await fetchAs('anonymous', `/techniques/${technique.id}/handout.pdf`)
    expect(status).toBe(200)
    const text = await pdfText(body)
    expect(text).toContain('Effleurage')
    expect(text).toContain(technique.steps[0].text.slice(0, 30))
    expect((await pdfInfo(body)).pages).toBeLessThanOrEqual(2)
  })
})

describe('bad handout requests', () => {
  it.each([
    ['/programs/abc/handout.pdf', 404, /Not Found/],
    ['/programs/999999/handout.pdf', 404, /Not Found/],
    [`/programs/PROGRAM/handout.pdf?template=condition-guide`, 400, /made from conditions/],
    [`/programs/PROGRAM/handout.pdf?template=nope`, 400, /Unknown template/],
    [`/programs/PROGRAM/handout.pdf?paper=a3`, 400, /a4 or letter/],
  ])('%s gets %i with a message', async (path, status, message) => {
    const response = await api(
      server.url,
      sessions.admin,
      'GET',
      path.replace('PROGRAM', String(program.id)),
    )
    expect(response.status).toBe(status)
    expect(JSON.stringify(response.json)).toMatch(message)
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { createPatientRecords } from '../helpers/clinical'
import { createStaff, type Staff } from '../helpers/fixtures'
import { api, logIn } from '../helpers/http'
import { contentData } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'
import { rejection } from '../helpers/rejection'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let staff: Staff

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
})
afterAll(async () => {
  await stopPayload(payload)
})

describe('saving content', () => {
  it('names each missing required field and saves nothing', async () => {
    const before = await payload.count({ collection: 'techniques' })
    const { name, errors } = await rejection(() =>
      payload.create({
        collection: 'techniques',
        data: { summary: 'No name, no steps.' } as never,
      }),
    )
    expect(name).toBe('ValidationError')
    expect(errors.map((error) => error.path)).toEqual(
      expect.arrayContaining(['name', 'category', 'kind', 'bodyRegion', 'steps']),
    )
    expect(errors.find((error) => error.path === 'name')?.message).toMatch(/required/i)
    expect(await payload.count({ collection: 'techniques' })).toEqual(before)
  })

  it('generates the slug from the name and refuses a second document with the same slug', async () => {
    const first = await payload.create({
      collection: 'conditions',
      data: { ...contentData('conditions'), name: 'Tennis Elbow (Lateral Épicondylitis)' },
    })
    expect(first.slug).toBe('tennis-elbow-lateral-epicondylitis')
    const { errors } = await rejection(() =>
      payload.create({
        collection: 'conditions',
        data: { ...contentData('conditions'), name: 'Tennis elbow — lateral épicondylitis' },
      }),
    )
    expect(errors).toEqual([
      expect.objectContaining({ path: 'slug', message: expect.stringMatching(/unique/i) }),
    ])
    const { totalDocs } = await payload.count({
      collection: 'conditions',
      where: { slug: { equals: 'tennis-elbow-lateral-epicondylitis' } },
    })
    expect(totalDocs).toBe(1)
  })

  it('turns a typed slug into a URL-safe one', async () => {
    const resource = await payload.create({
      collection: 'resources',
      data: { ...contentData('resources'), slug: 'Pain  Support Group!' },
    })
    expect(resource.slug).toBe('pain-support-group')
  })

  it('refuses a dosage out of range, names the field, and keeps the saved dosage', async () => {
    const technique = await payload.create({
      collection: 'techniques',
      data: contentData('techniques'),
    })
    const { errors } = await rejection(() =>
      payload.update({
        collection: 'techniques',
        id: technique.id,
        data: { defaultDosage: { repetitions: 500, sets: 0 } },
      }),
    )
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'defaultDosage.repetitions',
          message: expect.stringMatching(/100/),
        }),
        expect.objectContaining({
          path: 'defaultDosage.sets',
          message: expect.stringMatching(/1/),
        }),
      ]),
    )
    const saved = await payload.findByID({ collection: 'techniques', id: technique.id })
    expect(saved.defaultDosage).toMatchObject({ durationMinutes: 2, frequency: 'daily' })
    expect(saved.defaultDosage?.repetitions ?? null).toBeNull()
  })

  it('refuses a link that is not a web address', async () => {
    const { errors } = await rejection(() =>
      payload.create({
        collection: 'resources',
        data: { ...contentData('resources'), url: 'javascript:alert(1)' },
      }),
    )
    expect(errors).toEqual([
      expect.objectContaining({ path: 'url', message: expect.stringMatching(/https/) }),
    ])
  })

  it('refuses a colour that is not a hex code', async () => {
    const { errors } = await rejection(() =>
      payload.updateGlobal({
        slug: 'clinic-settings',
        data: { name: 'Clinic', primaryColour: 'teal' },
      }),
    )
    expect(errors).toEqual([expect.objectContaining({ path: 'primaryColour' })])
  })
})

describe('saving patient records', () => {
  it('refuses a bad email address and keeps the saved one', async () => {
    const { patient } = await createPatientRecords(payload, staff.clinician)
    const { errors } = await rejection(() =>
      payload.update({ collection: 'patients', id: patient.id, data: { email: 'pat at example' } }),
    )
    expect(errors).toEqual([
      expect.objectContaining({ path: 'email', message: expect.stringMatching(/valid email/i) }),
    ])
    const saved = await payload.findByID({ collection: 'patients', id: patient.id })
    expect(saved.email).toBe('pat.patient@example.com')
  })

  it('refuses a review date before the start date', async () => {
    const { program } = await createPatientRecords(payload, staff.clinician)
    const { errors } = await rejection(() =>
      payload.update({
        collection: 'programs',
        id: program.id,
        data: { startDate: '2026-03-10T00:00:00.000Z', reviewDate: '2026-03-01T00:00:00.000Z' },
      }),
    )
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'reviewDate',
        message: 'The review date cannot be before the start date.',
      }),
    ])
  })

  it('offers a program only the templates made from a program, and keeps the saved one', async () => {
    const { program } = await createPatientRecords(payload, staff.clinician)
    const { errors } = await rejection(() =>
      payload.update({
        collection: 'programs',
        id: program.id,
        data: { template: 'technique-card' as never },
      }),
    )
    expect(errors).toEqual([expect.objectContaining({ path: 'template' })])
    const saved = await payload.findByID({ collection: 'programs', id: program.id, depth: 0 })
    expect(saved.template).toBe('home-program')
  })

  it('records when a patient consents to email, and clears it when they withdraw', async () => {
    const { patient } = await createPatientRecords(payload, staff.clinician)
    expect(patient.emailConsentAt).toBeTruthy()
    const withdrawn = await payload.update({
      collection: 'patients',
      id: patient.id,
      data: { emailConsent: false },
    })
    expect(withdrawn.emailConsentAt ?? null).toBeNull()
  })
})

describe('bad input over HTTP', () => {
  it('gets a 400 with the field and message, never a 500', async () => {
    const server = await startRestServer()
    try {
      const session = await logIn(server.url, staff.clinician.email)
      const { status, json } = await api(server.url, session, 'POST', '/patients', {
        name: '',
        email: 'not-an-email',
      })
      expect(status).toBe(400)
      const errors = (
        json.errors as Array<{ data?: { errors?: Array<{ path: string; message: string }> } }>
      )[0]?.data?.errors
      expect(errors?.map((error) => error.path).sort()).toEqual(['email', 'name'])
      const malformed = await fetch(`${server.url}/api/patients`, {
        method: 'POST',
        headers: { Authorization: `JWT ${session.token}`, 'Content-Type': 'application/json' },
        body: '{"name": ',
      })
      expect(malformed.status).toBeGreaterThanOrEqual(400)
      expect(malformed.status).toBeLessThan(500)
    } finally {
      await server.stop()
    }
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import type { Program, User } from '../../src/payload-types'
import { createStaff } from '../helpers/fixtures'
import { startPayload, stopPayload } from '../helpers/payload'
import { rejection } from '../helpers/rejection'
import { richTextDocument, richTextParagraph, richTextText } from '../helpers/richText'

let payload: Payload
let clinician: User

const note = (text: string) =>
  richTextDocument([richTextParagraph([richTextText(text)])]) as Program['personalNotes']

const patientNamed = (name: string) =>
  payload.create({
    collection: 'patients',
    data: { name, email: 'someone@example.com', preferredLanguage: 'en', clinician: clinician.id },
  })

const programFor = async (patientName: string, data: { title?: string; notes?: string }) => {
  const patient = await patientNamed(patientName)
  return payload.create({
    collection: 'programs',
    depth: 0,
    data: {
      patient: patient.id,
      clinician: clinician.id,
      status: 'ready',
      startDate: '2026-12-07T00:00:00.000Z',
      template: 'home-program',
      ...(data.title ? { title: data.title } : {}),
      ...(data.notes ? { personalNotes: note(data.notes) } : {}),
    },
  })
}

const moveTo = (programId: number, patientId: number, extra: Record<string, unknown> = {}) =>
  payload.update({
    collection: 'programs',
    id: programId,
    data: { patient: patientId, ...extra },
    user: clinician,
    overrideAccess: false,
  })

beforeAll(async () => {
  payload = await startPayload()
  clinician = (await createStaff(payload)).clinician
})
afterAll(async () => {
  await stopPayload(payload)
})

describe('Moving a program to another patient', () => {
  it('is refused while its personal notes name the former patient, naming the field, and keeps the notes', async () => {
    const program = await programFor('Omar Haddad', { notes: 'Keep it gentle this week, Omar.' })
    const newPatient = await patientNamed('Maria Lopez')

    const refused = await rejection(() => moveTo(program.id, newPatient.id))

    expect(refused.name).toBe('ValidationError')
    expect(refused.errors).toEqual([
      expect.objectContaining({ path: 'personalNotes', message: expect.stringContaining('Omar') }),
    ])
    const kept = await payload.findByID({ collection: 'programs', id: program.id, depth: 0 })
    expect(kept.patient).toBe(program.patient)
    expect(JSON.stringify(kept.personalNotes)).toContain('Keep it gentle this week, Omar.')
  })

  it("is refused while the clinician's own title names the former patient", async () => {
    const program = await programFor('Agatha Brandt', { title: "Agatha's back plan" })
    const newPatient = await patientNamed('Maria Lopez')

    const refused = await rejection(() => moveTo(program.id, newPatient.id))

    expect(refused.errors).toEqual([expect.objectContaining({ path: 'title' })])
  })

  it('goes through once the notes are edited in the same save, and with notes that name nobody', async () => {
    const program = await programFor('Omar Haddad', { notes: 'Keep it gentle this week, Omar.' })
    const plain = await programFor('Lena Fischer', { notes: 'Ice after the evening routine.' })
    const newPatient = await patientNamed('Maria Lopez')

    const moved = await moveTo(program.id, newPatient.id, {
      personalNotes: note('Keep it gentle this week, Maria.'),
    })
    const movedPlain = await moveTo(plain.id, newPatient.id)

    expect(moved.listTitle).toBe('Home program for Maria Lopez')
    expect(movedPlain.listTitle).toBe('Home program for Maria Lopez')
  })
})

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { createStaff, relyingOnDefaults, type Staff } from '../helpers/fixtures'
import { contentData, createImage } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload
let staff: Staff

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
})
afterAll(async () => {
  await stopPayload(payload)
})

describe('reading level', () => {
  it('is a low grade for short, plain sentences', async () => {
    const resource = await payload.create({
      collection: 'resources',
      data: {
        ...contentData('resources'),
        summary: 'Rub your neck. Go slow. Stop if it hurts. Breathe out.',
      },
    })
    expect(resource.readingLevel).toBeLessThanOrEqual(8)
  })

  it('is above grade 8 for long sentences of long words, and follows edits', async () => {
    const resource = await payload.create({
      collection: 'resources',
      data: {
        ...contentData('resources'),
        summary:
          'Comprehensive multidisciplinary rehabilitation incorporating neuromuscular reeducation demonstrates considerable effectiveness regarding musculoskeletal symptomatology.',
      },
    })
    expect(resource.readingLevel).toBeGreaterThan(8)
    const simpler = await payload.update({
      collection: 'resources',
      id: resource.id,
      data: { summary: 'This helps. It is easy. You can do it at home.' },
    })
    expect(simpler.readingLevel).toBeLessThan(resource.readingLevel as number)
  })
})

describe('routines', () => {
  it("total their time from each item's dosage, falling back to the technique's default", async () => {
    const twoMinutes = await payload.create({
      collection: 'techniques',
      data: contentData('techniques'),
    })
    const holds = await payload.create({
      collection: 'techniques',
      data: {
        ...contentData('techniques'),
        defaultDosage: { repetitions: 10, sets: 3, holdSeconds: 30, restSeconds: 60 },
      },
    })
    const routine = await payload.create({
      collection: 'routines',
      data: {
        ...contentData('routines', twoMinutes.id),
        items: [
          { technique: twoMinutes.id },
          { technique: twoMinutes.id, dosage: { durationMinutes: 5 } },
          { technique: holds.id },
        ],
      },
    })
    // 2 + 5 + (3 sets × 10 × 30 s + 2 rests × 60 s = 17 min)
    expect(routine.totalMinutes).toBe(24)
  })
})

describe('programs', () => {
  const patientOf = (clinicianId: number) =>
    payload.create({
      collection: 'patients',
      data: relyingOnDefaults<'patients'>({ name: 'Robin Reyes', clinician: clinicianId }),
    })

  it("start with their conditions' recommended routines, in order and without repeats", async () => {
    const technique = await payload.create({
      collection: 'techniques',
      data: contentData('techniques'),
    })
    const [morning, evening, flare] = await Promise.all(
      [1, 2, 3].map(() =>
        payload.create({ collection: 'routines', data: contentData('routines', technique.id) }),
      ),
    )
    const back = await payload.create({
      collection: 'conditions',
      data: { ...contentData('conditions'), recommendedRoutines: [morning.id, flare.id] },
    })
    const sciatica = await payload.create({
      collection: 'conditions',
      data: { ...contentData('conditions'), recommendedRoutines: [flare.id, evening.id] },
    })
    const patient = await patientOf(staff.clinician.id)
    const program = await payload.create({
      collection: 'programs',
      data: relyingOnDefaults<'programs'>({
        patient: patient.id,
        conditions: [back.id, sciatica.id],
      }),
      overrideAccess: false,
      user: staff.clinician,
      depth: 0,
    })
    expect(program.routines).toEqual([morning.id, flare.id, evening.id])
    expect(program.listTitle).toBe('Home program for Robin Reyes')
    expect(program.clinician).toBe(staff.clinician.id)

    const chosen = await payload.create({
      collection: 'programs',
      data: relyingOnDefaults<'programs'>({
        patient: patient.id,
        conditions: [back.id],
        routines: [evening.id],
      }),
      depth: 0,
    })
    expect(chosen.routines).toEqual([evening.id])
    expect(chosen.clinician).toBe(staff.clinician.id)
  })
})

describe('media', () => {
  it('makes PNG print and email sizes that pdfkit can read', async () => {
    const image = await createImage(payload, 2400, 1600)
    expect(image.sizes?.print).toMatchObject({ width: 1200, mimeType: 'image/png' })
    expect(image.sizes?.email).toMatchObject({ width: 1104, mimeType: 'image/png' })
  })

  it('turns a WebP upload into PNG sizes', async () => {
    const webp = await sharp({
      create: { width: 1000, height: 500, channels: 3, background: '#888' },
    })
      .webp()
      .toBuffer()
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Grey' },
      file: { data: webp, mimetype: 'image/webp', name: 'grey.webp', size: webp.length },
    })
    expect(image.sizes?.email).toMatchObject({ width: 1000, mimeType: 'image/png' })
  })

  it('needs alt text, and refuses files that are not images', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    await expect(
      payload.create({
        collection: 'media',
        data: {} as never,
        file: { data: png, mimetype: 'image/png', name: 'no-alt.png', size: png.length },
      }),
    ).rejects.toThrow(/Alt text/)
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n')
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'A PDF' },
        file: { data: pdf, mimetype: 'application/pdf', name: 'leaflet.pdf', size: pdf.length },
      }),
    ).rejects.toThrow(/invalid: file/i)
  })
})

import { unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { makeHandoutEmail, makeHandoutPdf } from '../../src/handouts/make'
import { toLexical } from '../../seeds/lexical'
import { createStaff, relyingOnDefaults, type Staff } from '../helpers/fixtures'
import { contentData, createImage } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'
import { pdfInfo, pdfText } from '../helpers/pdf'
import { fileStructureProblems } from '../helpers/pdfFileStructure'
import { itWithPdfTool, qpdfCheck } from '../helpers/pdfTools'

let payload: Payload
let staff: Staff
/** A published condition with a 50,000-character body, RTL and CJK text, and HTML in its name. */
let hostileCondition: { template: 'condition-guide'; id: number }
/** A program whose routine has 40 items, with a missing and a corrupt image. */
let longRoutine: { template: 'home-program'; id: number }

const longText = Array.from(
  { length: 700 },
  (_, index) =>
    `Sentence ${index + 1} keeps going so the body is very long and flows across pages.`,
).join(' ')

const createHostileCondition = async () => {
  const condition = await payload.create({
    collection: 'conditions',
    data: {
      ...contentData('conditions'),
      _status: 'published',
      name: '<script>alert("x")</script> Pain & “stiffness” — ü é',
      summary: 'ألم مزمن في أسفل الظهر. כאב גב כרוני. 慢性腰痛は よくある 症状です。',
      body: toLexical([longText]),
    },
  })
  return { template: 'condition-guide' as const, id: condition.id }
}

const createLongRoutineProgram = async () => {
  const missing = await createImage(payload, 300, 200)
  const corrupt = await createImage(payload, 300, 200)
  const mediaDir = payload.collections.media.config.upload.staticDir as string
  await writeFile(path.join(mediaDir, corrupt.filename as string), 'not a png at all')
  for (const size of Object.values(corrupt.sizes ?? {})) {
    if (size?.filename) {
      await writeFile(path.join(mediaDir, size.filename), 'not a png at all')
    }
  }
  await unlink(path.join(mediaDir, missing.filename as string))
  const techniques = await Promise.all(
    [missing, corrupt].map((image) =>
      payload.create({
        collection: 'techniques',
        data: { ...contentData('techniques'), _status: 'published', images: [image.id] },
      }),
    ),
  )
  const items = Array.from({ length: 40 }, (_, index) => ({
    technique: techniques[index % 2].id,
    note: `Item ${index + 1} of 40`,
  }))
  const routine = await payload.create({
    collection: 'routines',
    data: { ...contentData('routines', techniques[0].id), _status: 'published', items },
  })
  const patient = await payload.create({
    collection: 'patients',
    data: relyingOnDefaults<'patients'>({ name: 'Long Routine', clinician: staff.clinician.id }),
  })
  const program = await payload.create({
    collection: 'programs',
    data: relyingOnDefaults<'programs'>({ patient: patient.id, routines: [routine.id] }),
  })
  return { template: 'home-program' as const, id: program.id }
}

beforeAll(async () => {
  payload = await startPayload()
  staff = await createStaff(payload)
  hostileCondition = await createHostileCondition()
  longRoutine = await createLongRoutineProgram()
})
afterAll(async () => {
  await stopPayload(payload)
})

describe('handouts made from hostile content', () => {
  it('survive a 50,000-character body, RTL and CJK text, and HTML in a title', async () => {
    expect(longText.length).toBeGreaterThan(50_000)
    const request = { payload, system: true, ...hostileCondition }
    const { pdf } = await makeHandoutPdf(request)
    expect(fileStructureProblems(pdf)).toEqual([])
    const text = await pdfText(pdf)
    expect(text).toContain('<script>alert("x")</script> Pain & “stiffness” — ü é')
    expect(text).toContain('Sentence 700 keeps going')
    expect(text).toContain('慢性腰痛')
    expect((await pdfInfo(pdf)).pages).toBeGreaterThanOrEqual(8)

    const { email } = await makeHandoutEmail(request)
    expect(email.html).not.toContain('<script>')
    expect(email.html).toContain('&lt;script&gt;')
    expect(email.text).toContain('<script>alert("x")</script> Pain')
  })

  it('survive a missing image file, a corrupt image and a routine of 40 items', async () => {
    const request = { payload, system: true, ...longRoutine }
    const { pdf } = await makeHandoutPdf(request)
    expect(fileStructureProblems(pdf)).toEqual([])
    const text = await pdfText(pdf)
    expect(text).toContain('Item 1 of 40')
    expect(text).toContain('Item 40 of 40')
    const { email } = await makeHandoutEmail(request)
    expect(email.html).toContain('Item 40 of 40')
  })

  itWithPdfTool('qpdf')('pass qpdf --check', async () => {
    for (const made of [hostileCondition, longRoutine]) {
      const { pdf } = await makeHandoutPdf({ payload, system: true, ...made })
      await expect(qpdfCheck(pdf)).resolves.toContain('No syntax or stream encoding errors')
    }
  })
})

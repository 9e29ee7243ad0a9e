import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { createStaff, type Staff } from '../helpers/fixtures'
import { logIn, type Session } from '../helpers/http'
import { contentData } from '../helpers/library'
import { startPayload, stopPayload } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import { startRestServer } from '../helpers/restServer'

let payload: Payload
let server: Awaited<ReturnType<typeof startRestServer>>
let staff: Staff
let clinician: Session
const settings = ['VISITOR_RENDERS', 'VISITOR_RENDER_QUEUE'] as const
const before = settings.map((name) => process.env[name])

beforeAll(async () => {
  payload = await startPayload()
  server = await startRestServer()
  staff = await createStaff(payload)
  clinician = await logIn(server.url, staff.clinician.email)
  // One visitor's handout at a time, one waiting: the smallest queue there is.
  process.env.VISITOR_RENDERS = '1'
  process.env.VISITOR_RENDER_QUEUE = '1'
})
afterAll(async () => {
  settings.forEach((name, index) => {
    if (before[index] === undefined) {
      delete process.env[name]
    } else {
      process.env[name] = before[index]
    }
  })
  await server?.stop()
  await stopPayload(payload)
})

const get = async (path: string, session: Session = {}) => {
  const response = await fetch(`${server.url}/api${path}`, {
    headers: session.token ? { authorization: `JWT ${session.token}` } : {},
  })
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: Buffer.from(await response.arrayBuffer()),
  }
}

describe("anonymous visitors' handouts", () => {
  it("wait in a bounded queue: when it is full a visitor gets 503 with Retry-After, while a clinician's preview is still made", async () => {
    const techniques = await Promise.all(
      Array.from({ length: 6 }, () =>
        payload.create({
          collection: 'techniques',
          data: { ...contentData('techniques'), _status: 'published' },
        }),
      ),
    )
    // Six different handouts (no two share a cached answer), asked for at once.
    const visitors = techniques.map(({ id }) => get(`/techniques/${id}/handout.pdf`))
    const preview = get(`/techniques/${techniques[0].id}/handout.pdf?paper=letter`, clinician)
    const answers = await Promise.all(visitors)
    const clinicians = await preview

    const refused = answers.filter(({ status }) => status === 503)
    expect(refused.length).toBeGreaterThan(0)
    expect(answers.filter(({ status }) => status !== 503).map(({ status }) => status)).toEqual(
      expect.arrayContaining([200]),
    )
    for (const answer of refused) {
      expect(Number(answer.retryAfter)).toBeGreaterThan(0)
      expect(JSON.parse(answer.body.toString())).toEqual({
        errors: [{ message: expect.stringMatching(/try again/) }],
      })
    }
    expect(clinicians.status).toBe(200)
    expect(await pdfText(clinicians.body)).toContain(techniques[0].name)
  })

  it('are made again once the queue has room', async () => {
    const technique = await payload.create({
      collection: 'techniques',
      data: { ...contentData('techniques'), _status: 'published' },
    })
    const answer = await get(`/techniques/${technique.id}/handout.html`)
    expect(answer.status).toBe(200)
    expect(answer.body.toString()).toContain(technique.name)
  })
})

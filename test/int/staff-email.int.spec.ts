import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { captureOutput } from '../helpers/captureOutput'
import { startSmtpServer } from '../helpers/smtpServer'
import type * as PayloadHelpers from '../helpers/payload'

let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let payload: Payload
let helpers: typeof PayloadHelpers

beforeAll(async () => {
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  process.env.MAIL_FROM = 'Riverside Clinic <care@riverside.test>'
  process.env.SERVER_URL = 'https://clinic.example'
  helpers = await import('../helpers/payload')
  payload = await helpers.startPayload()
})
afterAll(async () => {
  await helpers.stopPayload(payload)
  await smtp.stop()
  delete process.env.SMTP_URL
  delete process.env.SERVER_URL
})

describe("Payload's own mail", () => {
  it('sends a password reset through SMTP without logging the address', async () => {
    const { createUser } = await import('../helpers/fixtures')
    const user = await createUser(payload, 'clinician', 'Forgetful Fran')
    const output = await captureOutput(() =>
      payload.forgotPassword({ collection: 'users', data: { email: user.email } }),
    )
    const mail = smtp.received.find((message) =>
      message.to && !Array.isArray(message.to) ? message.to.text === user.email : false,
    )
    expect(mail?.from?.text).toBe('"Riverside Clinic" <care@riverside.test>')
    expect(mail?.html).toMatch(/https:\/\/clinic\.example\/admin\/reset\/[0-9a-f]{20,}/)
    expect(output).not.toContain(user.email)
  })
})

import { readdir, readFile } from 'node:fs/promises'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'

import { outboxDir } from '../../src/email/transport'
import { createUser } from '../helpers/fixtures'
import { startPayload, stopPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  delete process.env.SMTP_URL
  payload = await startPayload()
})
afterAll(async () => {
  await stopPayload(payload)
})

describe('mail with no SMTP server configured', () => {
  it('is written to data/outbox as an .eml file', async () => {
    const user = await createUser(payload, 'editor', 'Outbox Olly')
    await payload.forgotPassword({ collection: 'users', data: { email: user.email } })
    const files = (await readdir(outboxDir())).filter((file) => file.endsWith('.eml'))
    const messages = await Promise.all(
      files.map(async (file) => simpleParser(await readFile(`${outboxDir()}/${file}`))),
    )
    const reset = messages.find(
      (mail) => mail.text?.includes('reset') && JSON.stringify(mail.to).includes(user.email),
    )
    expect(reset?.subject).toMatch(/reset/i)
  })
})

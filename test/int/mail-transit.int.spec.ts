import { stat } from 'node:fs/promises'

import { afterEach, describe, expect, it } from '@jest/globals'

import { createMailTransport, requiresTls, smtpOptions } from '../../src/email/transport'
import { startSmtpServer } from '../helpers/smtpServer'

/**
 * Mail leaving this machine is encrypted on its way (STARTTLS required) unless a setting says the
 * network is trusted; mail to a server on loopback needs no TLS; the outbox keeps its messages
 * readable by the app's user only.
 */
const SETTINGS = ['SMTP_URL', 'SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SMTP_ALLOW_PLAINTEXT']
const saved = Object.fromEntries(SETTINGS.map((name) => [name, process.env[name]]))
afterEach(() => {
  for (const name of SETTINGS) {
    if (saved[name] === undefined) {
      delete process.env[name]
    } else {
      process.env[name] = saved[name]
    }
  }
})

const withSettings = (settings: Record<string, string | undefined>) => {
  for (const name of SETTINGS) {
    delete process.env[name]
  }
  Object.assign(process.env, settings)
}

describe('mail in transit', () => {
  it.each([
    [{ SMTP_HOST: 'smtp.example.com' }, true],
    [{ SMTP_URL: 'smtp://user:pass@mail.example.net:587' }, true],
    [{ SMTP_URL: 'smtp://10.1.2.3:25' }, true],
    [{ SMTP_URL: 'smtp://mailpit:1025' }, true],
    [{ SMTP_URL: 'smtp://mailpit:1025', SMTP_ALLOW_PLAINTEXT: 'true' }, false],
    [{ SMTP_HOST: 'smtp.example.com', SMTP_ALLOW_PLAINTEXT: 'true' }, false],
    [{ SMTP_HOST: '127.0.0.1' }, false],
    [{ SMTP_HOST: 'localhost' }, false],
    [{ SMTP_URL: 'smtp://[::1]:2525' }, false],
  ])('%j requires TLS: %s', (settings, required) => {
    withSettings(settings)
    expect(requiresTls()).toBe(required)
    expect(smtpOptions().requireTLS).toBe(required)
  })

  it('a real SMTP server without TLS on loopback still receives the mail', async () => {
    const smtp = await startSmtpServer()
    try {
      withSettings({ SMTP_URL: smtp.url })
      const transport = createMailTransport()
      await transport.sendMail({
        from: 'clinic@example.com',
        to: 'someone@example.com',
        subject: 'Over loopback',
        text: 'Plain SMTP to this machine.',
      })
      transport.close()
      expect(smtp.received.map((mail) => mail.subject)).toContain('Over loopback')
    } finally {
      await smtp.stop()
    }
  })

  it('writes outbox files readable by their owner only (0600)', async () => {
    withSettings({})
    const transport = createMailTransport()
    const info = (await transport.sendMail({
      from: 'clinic@example.com',
      to: 'someone@example.com',
      subject: 'Kept in the outbox',
      text: 'A program for a patient.',
    })) as unknown as { path: string }
    expect((await stat(info.path)).mode & 0o777).toBe(0o600)
  })
})

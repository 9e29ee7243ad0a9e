import path from 'node:path'

import nodemailer from 'nodemailer'

import { dataDir } from '../paths'
import { useFastDotStuffing } from '../seams/nodemailerDataStream'
import { outboxTransport } from './outboxTransport'

export const outboxDir = () => path.join(dataDir, 'outbox')

export type TransportKind = 'smtp' | 'outbox'

/** Fail fast when the server is away, so the job retries later instead of hanging a worker. */
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 60_000 }

/** Where mail goes: `SMTP_URL`, else `SMTP_HOST`, else the outbox folder. */
export const transportKind = (): TransportKind =>
  process.env.SMTP_URL || process.env.SMTP_HOST ? 'smtp' : 'outbox'

/** True for `localhost` and loopback addresses: mail to them never crosses a network. */
export const isLoopbackHost = (host: string | undefined): boolean => {
  const name = (host ?? '').toLowerCase().replace(/^\[|\]$/g, '')
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name) ||
    name === '::1' ||
    /^::ffff:127\./.test(name)
  )
}

/** The SMTP server's host name, from SMTP_URL or SMTP_HOST. */
const smtpHost = (): string | undefined => {
  if (!process.env.SMTP_URL) {
    return process.env.SMTP_HOST
  }
  try {
    return new URL(process.env.SMTP_URL).hostname
  } catch {
    return undefined
  }
}

/**
 * Mail to a server beyond this machine must be encrypted on its way: STARTTLS is required
 * (nodemailer's `requireTLS`, with the certificate verified) unless SMTP_ALLOW_PLAINTEXT=true says
 * the network between is trusted (a relay beside the app, a test inbox). Implicit TLS
 * (`smtps://`, SMTP_SECURE=true) is encrypted from the start either way.
 */
export const requiresTls = (): boolean =>
  !isLoopbackHost(smtpHost()) && process.env.SMTP_ALLOW_PLAINTEXT !== 'true'

/** The nodemailer options for SMTP (exported for tests). */
export const smtpOptions = () => ({
  ...(process.env.SMTP_URL
    ? { url: process.env.SMTP_URL }
    : {
        host: process.env.SMTP_HOST,
        port: Number(process.env.SMTP_PORT ?? 587),
        secure: process.env.SMTP_SECURE === 'true',
        auth: process.env.SMTP_USER
          ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS ?? '' }
          : undefined,
      }),
  requireTLS: requiresTls(),
})

/**
 * SMTP from `SMTP_URL` (e.g. `smtp://user:pass@host:587`) or `SMTP_HOST`/`SMTP_PORT`/
 * `SMTP_USER`/`SMTP_PASS`; without either, messages go to `.eml` files in `data/outbox/`.
 * `pooled` keeps connections open between messages, for the delivery worker.
 */
export const createMailTransport = ({ pooled = false } = {}) => {
  if (transportKind() === 'outbox') {
    return nodemailer.createTransport(outboxTransport(outboxDir()))
  }
  useFastDotStuffing()
  return nodemailer.createTransport({
    ...smtpOptions(),
    ...timeouts,
    pool: pooled,
    maxConnections: 2,
  })
}

export const mailFrom = () => {
  const from = process.env.MAIL_FROM ?? 'Clinic CMS <no-reply@clinic.localhost>'
  const match = /^(.*)<(.+)>$/.exec(from)
  return match
    ? { name: match[1].trim(), address: match[2].trim() }
    : { name: 'Clinic CMS', address: from }
}

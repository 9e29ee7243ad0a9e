import path from 'node:path'

import nodemailer from 'nodemailer'

import { dataDir } from '../paths'
import { outboxTransport } from './outboxTransport'

export const outboxDir = () => path.join(dataDir, 'outbox')

/**
 * SMTP from `SMTP_URL` (e.g. `smtp://user:pass@host:587`) or `SMTP_HOST`/`SMTP_PORT`/
 * `SMTP_USER`/`SMTP_PASS`; without either, messages go to `.eml` files in `data/outbox/`.
 */
export const createMailTransport = () => {
  if (process.env.SMTP_URL) {
    return nodemailer.createTransport(process.env.SMTP_URL)
  }
  if (process.env.SMTP_HOST) {
    return nodemailer.createTransport({
      host: process.env.SMTP_HOST,
      port: Number(process.env.SMTP_PORT ?? 587),
      secure: process.env.SMTP_SECURE === 'true',
      auth: process.env.SMTP_USER
        ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS ?? '' }
        : undefined,
    })
  }
  return nodemailer.createTransport(outboxTransport(outboxDir()))
}

export const mailFrom = () => {
  const from = process.env.MAIL_FROM ?? 'Clinic CMS <no-reply@clinic.localhost>'
  const match = /^(.*)<(.+)>$/.exec(from)
  return match
    ? { name: match[1].trim(), address: match[2].trim() }
    : { name: 'Clinic CMS', address: from }
}

import type { Transporter } from 'nodemailer'

import { createMailTransport, transportKind, type TransportKind } from '../email/transport'

let current: { settings: string; kind: TransportKind; transporter: Transporter } | undefined

const settings = () =>
  [
    transportKind(),
    process.env.SMTP_URL,
    process.env.SMTP_HOST,
    process.env.SMTP_PORT,
    process.env.SMTP_USER,
  ].join('|')

/**
 * The delivery worker's pooled transport, made once per process and remade only when the
 * SMTP settings change.
 */
export const deliveryMailer = () => {
  if (!current || current.settings !== settings()) {
    current?.transporter.close()
    current = {
      settings: settings(),
      kind: transportKind(),
      transporter: createMailTransport({ pooled: true }),
    }
  }
  return current
}

export const closeDeliveryMailer = () => {
  current?.transporter.close()
  current = undefined
}

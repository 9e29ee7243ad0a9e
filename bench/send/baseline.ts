import { performance } from 'node:perf_hooks'

import type Mail from 'nodemailer/lib/mailer'
import type { Payload } from 'payload'

import { deliveryMessage } from '../../src/delivery/deliveryMessage'
import { createMailTransport } from '../../src/email/transport'
import { inParallel } from '../../src/async/inParallel'

/**
 * The baseline: the cost of the transport and the SMTP server alone. One delivery's message,
 * exactly as the worker built it (its stored PDF attached, its HTML, text and inline images),
 * is sent `count` times through a plain pooled nodemailer transport with the delivery
 * worker's settings, `width` messages in flight, each copy with its own recipient and
 * Message-ID. Nothing is composed, rendered or written to the database.
 */
export const sendBaseline = async (
  payload: Payload,
  deliveryId: number,
  count: number,
  width: number,
) => {
  const delivery = await payload.findByID({ collection: 'deliveries', id: deliveryId, depth: 0 })
  const { message, pdf } = await deliveryMessage(payload, delivery)
  const domain = (message.messageId ?? '').split('@')[1] ?? 'bench.localhost>'
  const transporter = createMailTransport({ pooled: true })
  const started = performance.now()
  try {
    await inParallel(
      Array.from({ length: count }, (_, i) => i),
      width,
      async (i) => {
        const copy: Mail.Options = {
          ...message,
          to: { name: `Baseline Patient ${i}`, address: `baseline.${i}@patients.example` },
          messageId: `<baseline-${i}.${Date.now().toString(36)}@${domain}`,
        }
        await transporter.sendMail(copy)
      },
    )
  } finally {
    transporter.close()
  }
  return { ms: performance.now() - started, pdfBytes: pdf.length }
}

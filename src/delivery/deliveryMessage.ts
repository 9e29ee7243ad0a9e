import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import type Mail from 'nodemailer/lib/mailer'

import { isLatinScript, languageTag } from '../handouts/brand/language'
import { pdfFileName } from '../handouts/format/fileName'
import { readSnapshot } from '../handouts/snapshot/read'
import type { HandoutSnapshot } from '../handouts/snapshot/schema'
import type { Delivery } from '../payload-types'
import { encodedAttachments } from './encodedAttachments'
import { sha256Hex } from './imageStore'
import { renderSnapshotEmail, renderSnapshotPdf } from './renderSnapshot'
import { senderFor } from './sender'

type Makings = Pick<Delivery, 'id' | 'recipient' | 'idempotencyKey' | 'filename' | 'pdfSha256'>

/** The PDF kept from an earlier attempt, when it is there and still the bytes recorded. */
const keptPdf = async (payload: Payload, delivery: Makings) => {
  if (!delivery.filename || !delivery.pdfSha256) {
    return undefined
  }
  const staticDir = payload.collections.deliveries.config.upload.staticDir as string
  const bytes = await readFile(path.join(staticDir, delivery.filename)).catch(() => undefined)
  return bytes && sha256Hex(bytes) === delivery.pdfSha256 ? bytes : undefined
}

/** The PDF to attach: the one kept, or the snapshot's, which must be the one recorded if any. */
const attachedPdf = async (payload: Payload, delivery: Makings, snapshot: HandoutSnapshot) => {
  const kept = await keptPdf(payload, delivery)
  if (kept) {
    return { pdf: kept, fresh: false }
  }
  const pdf = await renderSnapshotPdf(snapshot)
  if (delivery.pdfSha256 && sha256Hex(pdf) !== delivery.pdfSha256) {
    throw new Error('the PDF made again differs from the one recorded for this delivery')
  }
  return { pdf, fresh: true }
}

/**
 * The message for a delivery, made from its stored snapshot alone: the handout as the email
 * body and its PDF attached. A retry attaches the PDF kept from the first attempt (checked
 * against its SHA-256) and renders the same email, so every attempt sends the same thing;
 * `fresh` says the PDF was rendered now and must be kept before sending.
 */
export const deliveryMessage = async (
  payload: Payload,
  delivery: Makings & { snapshot?: unknown },
  snapshot: HandoutSnapshot = readSnapshot(delivery.snapshot),
) => {
  const [{ pdf, fresh }, email] = await Promise.all([
    attachedPdf(payload, delivery, snapshot),
    renderSnapshotEmail(snapshot),
  ])
  const { document } = snapshot
  const { from, replyTo } =
    snapshot.sender ?? senderFor(await payload.findGlobal({ slug: 'clinic-settings', depth: 0 }))
  const message: Mail.Options = {
    from,
    ...(replyTo ? { replyTo } : {}),
    to: { name: document.meta.patientName ?? '', address: delivery.recipient ?? '' },
    subject: email.subject,
    html: email.html,
    text: email.text,
    // Said here, it spares nodemailer scanning the whole text to choose: quoted-printable keeps
    // Latin-script text readable, base64 is smaller for other scripts.
    textEncoding: isLatinScript(languageTag(document.meta.language))
      ? 'quoted-printable'
      : 'base64',
    messageId: `<delivery-${delivery.id}.${delivery.idempotencyKey.slice(0, 16)}@${from.address.split('@')[1]}>`,
    attachments: encodedAttachments([
      ...email.attachments,
      {
        filename: pdfFileName(document.meta.title, 'home-program'),
        content: pdf,
        contentType: 'application/pdf',
      },
    ]),
  }
  return { message, pdf, fresh }
}

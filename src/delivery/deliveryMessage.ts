import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import type Mail from 'nodemailer/lib/mailer'

import { isLatinScript, languageTag } from '../handouts/brand/language'
import { makeHandoutEmail, makeHandoutPdf } from '../handouts/make'
import { idOf } from '../relationships/idOf'
import { linkTokenForSend } from '../patientLinks/links'
import { programPageUrl } from '../patientLinks/linkUrl'
import type { Delivery } from '../payload-types'
import { encodedAttachments } from './encodedAttachments'
import { composeReads } from './reads/composeReads'
import { recordingReads } from './reads/contentVersions'
import { senderFor } from './sender'

export const pdfFileName = (title: string) =>
  `${
    title
      .replace(/[^\w\- ]+/g, '')
      .trim()
      .replace(/\s+/g, '-') || 'home-program'
  }.pdf`

const storedPdf = async (payload: Payload, delivery: Delivery) => {
  if (!delivery.filename) {
    return undefined
  }
  const staticDir = payload.collections.deliveries.config.upload.staticDir as string
  return readFile(path.join(staticDir, delivery.filename)).catch(() => undefined)
}

/**
 * The message for a delivery: the program's handout as the email body, and its PDF attached.
 * A retry attaches the PDF kept from the first attempt, so what is kept is what was sent;
 * `fresh` says the PDF was rendered now and must be stored (with the document) before sending.
 * Both carry the program's patient link, made on its first send.
 */
export const deliveryMessage = async (payload: Payload, delivery: Delivery) => {
  const recording = recordingReads(composeReads(payload))
  const programId = idOf(delivery.program) as number
  const patientId = idOf(delivery.patient) as number
  const request = {
    payload,
    reader: recording.reader,
    system: true,
    template: delivery.template,
    id: programId,
    programLink: programPageUrl(await linkTokenForSend(payload, programId, patientId)),
  }
  const kept = await storedPdf(payload, delivery)
  const pdf = kept ?? (await makeHandoutPdf(request)).pdf
  const { document, email } = await makeHandoutEmail(request)
  const clinic = await recording.reader.findGlobal({ slug: 'clinic-settings', depth: 0 })
  const { from, replyTo } = senderFor(clinic)
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
      { filename: pdfFileName(document.meta.title), content: pdf, contentType: 'application/pdf' },
    ]),
  }
  return { message, pdf, document, fresh: !kept, versions: recording.versions() }
}

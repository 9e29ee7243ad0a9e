import type { HandoutDocument } from '../document'
import { renderHtml } from './html/renderHtml'
import { createImageRegistry, type InlineAttachment } from './images'
import { subjectFor } from './subject'
import { EMAIL_HTML_BUDGET_BYTES, summariseForEmail } from './summarise'
import { renderText } from './text/renderText'

export type RenderedEmail = {
  subject: string
  html: string
  text: string
  /** Inline images referenced from the HTML as cid:<cid>, ready for nodemailer's `attachments`. */
  attachments: InlineAttachment[]
}

const htmlPart = (doc: HandoutDocument, subject: string) => {
  const images = createImageRegistry()
  const html = renderHtml(doc, images, subject)
  return { html, attachments: images.attachments() }
}

/**
 * A handout as an email: subject, an HTML part with inline images, and a plain-text part. An
 * HTML part over the budget is made again from the handout in short (the PDF carries the
 * whole); the plain-text part, which no client clips, stays whole.
 */
export const renderEmail = (doc: HandoutDocument): RenderedEmail => {
  const subject = subjectFor(doc)
  const whole = htmlPart(doc, subject)
  const { html, attachments } =
    Buffer.byteLength(whole.html) > EMAIL_HTML_BUDGET_BYTES
      ? htmlPart(summariseForEmail(doc), subject)
      : whole
  return { subject, html, text: renderText(doc), attachments }
}

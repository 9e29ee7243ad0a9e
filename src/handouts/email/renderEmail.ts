import type { HandoutDocument } from '../document'
import { renderHtml } from './html/renderHtml'
import { createImageRegistry, type InlineAttachment } from './images'
import { subjectFor } from './subject'
import { renderText } from './text/renderText'

export type RenderedEmail = {
  subject: string
  html: string
  text: string
  /** Inline images referenced from the HTML as cid:<cid>, ready for nodemailer's `attachments`. */
  attachments: InlineAttachment[]
}

/** A handout as an email: subject, an HTML part with inline images, and a plain-text part. */
export const renderEmail = (doc: HandoutDocument): RenderedEmail => {
  const subject = subjectFor(doc)
  const images = createImageRegistry()
  const html = renderHtml(doc, images, subject)
  return { subject, html, text: renderText(doc), attachments: images.attachments() }
}

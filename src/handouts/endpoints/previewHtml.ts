import type { RenderedEmail } from '../email/renderEmail'

/** The email's HTML for a browser: inline `cid:` images become `data:` URIs. */
export const previewHtml = ({ html, attachments }: RenderedEmail) =>
  attachments.reduce(
    (page, attachment) =>
      page
        .split(`"cid:${attachment.cid}"`)
        .join(`"data:${attachment.contentType};base64,${attachment.content.toString('base64')}"`),
    html,
  )

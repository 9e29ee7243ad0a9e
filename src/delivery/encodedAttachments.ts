import { encode, wrap } from 'nodemailer/lib/base64'
import type Mail from 'nodemailer/lib/mailer'
import MimeNode from 'nodemailer/lib/mime-node'

import { imageCache } from '../handouts/imageCache'

type Attachment = { filename: string; content: Buffer; contentType: string; cid?: string }

/**
 * One attachment as a finished MIME part, for nodemailer's `raw` attachment: the headers are
 * the ones nodemailer's composer writes for it (built by its own MimeNode, as a child so no
 * message headers are added), the body its base64, wrapped by nodemailer's `wrap`. The result
 * is what nodemailer's streaming encoder would write, at a fraction of the cost.
 */
const encodePart = ({ filename, content, contentType, cid }: Attachment): string => {
  const part = new MimeNode('multipart/mixed').createChild(contentType, { filename })
  if (cid) {
    part.setHeader('Content-Id', `<${cid.replace(/[<>]/g, '')}>`)
  }
  part.setHeader(
    'Content-Disposition',
    cid && contentType.startsWith('image/') ? 'inline' : 'attachment',
  )
  part.setContent(content)
  return `${part.buildHeaders()}\r\n\r\n${wrap(encode(content), 76)}`
}

/** Inline images recur in every message (the same illustrations): their parts are kept. */
const keptParts = imageCache<string>((raw) => raw.length, {
  maxEntries: 256,
  maxBytes: 64 * 1024 * 1024,
})

const keptPart = (attachment: Attachment): string =>
  keptParts(
    {
      key: [attachment.cid, attachment.filename, attachment.contentType].join('\n'),
      data: attachment.content,
    },
    () => encodePart(attachment),
  )

/**
 * The message's attachments as pre-encoded parts, inline images from the kept ones. Each keeps
 * its Content-ID, name and type beside the part, which is how nodemailer's composer places
 * inline images in multipart/related with the HTML.
 */
export const encodedAttachments = (attachments: Attachment[]): Mail.Attachment[] =>
  attachments.map((attachment) => ({
    cid: attachment.cid,
    filename: attachment.filename,
    contentType: attachment.contentType,
    raw: attachment.cid ? keptPart(attachment) : encodePart(attachment),
  }))

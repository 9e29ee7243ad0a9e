import type Mail from 'nodemailer/lib/mailer'

import { imageCache } from '../handouts/imageCache'

type Attachment = { filename: string; content: Buffer; contentType: string; cid?: string }

/**
 * Names and Content-IDs written into a header as they are: RFC 2045 token characters that need
 * no quoting and no encoding. Our file names (`pdfFileName`) and Content-IDs (the email's image
 * registry) are made of these; anything else is left to nodemailer to encode.
 */
const PLAIN = /^[A-Za-z0-9._-]{1,200}$/
const CONTENT_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/

const isPlain = ({ filename, contentType, cid }: Attachment) =>
  PLAIN.test(filename) && CONTENT_TYPE.test(contentType) && (cid === undefined || PLAIN.test(cid))

const LINE = 76
const CRLF = Buffer.from('\r\n')

/**
 * Base64 in lines of 76 characters (RFC 2045), CRLF between them and none after the last:
 * encoded by Node in one call, then copied line by line into place.
 */
const base64Lines = (content: Buffer): Buffer => {
  const text = Buffer.from(content.toString('base64'), 'latin1')
  const lines = Math.ceil(text.length / LINE)
  const out = Buffer.allocUnsafe(text.length + Math.max(0, lines - 1) * CRLF.length)
  let written = 0
  for (let at = 0; at < text.length; at += LINE) {
    if (at > 0) {
      written += CRLF.copy(out, written)
    }
    written += text.copy(out, written, at, Math.min(at + LINE, text.length))
  }
  return out
}

/**
 * One attachment as a finished MIME part, for nodemailer's documented `raw` attachment option
 * (nodemailer.com/message/attachments): the headers its composer would write for the same
 * attachment, and its base64 encoded by Node in one call, where nodemailer's streaming encoder
 * would take far longer. `test/unit/encoded-attachments.spec.ts` checks that a message with
 * these parts reads exactly as one nodemailer encoded itself.
 */
const encodePart = ({ filename, content, contentType, cid }: Attachment): Buffer =>
  Buffer.concat([
    Buffer.from(
      [
        `Content-Type: ${contentType}; name=${filename}`,
        ...(cid ? [`Content-ID: <${cid}>`] : []),
        `Content-Disposition: ${cid && contentType.startsWith('image/') ? 'inline' : 'attachment'}; filename=${filename}`,
        'Content-Transfer-Encoding: base64',
        '',
        '',
      ].join('\r\n'),
      'latin1',
    ),
    base64Lines(content),
  ])

/** Inline images recur in every message (the same illustrations): their parts are kept. */
const keptParts = imageCache<Buffer>((raw) => raw.length, {
  maxEntries: 256,
  maxBytes: 64 * 1024 * 1024,
})

const keptPart = (attachment: Attachment): Buffer =>
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
 * inline images in multipart/related with the HTML. An attachment whose name or Content-ID
 * would need encoding in a header is handed to nodemailer as it is.
 */
export const encodedAttachments = (attachments: Attachment[]): Mail.Attachment[] =>
  attachments.map((attachment) =>
    isPlain(attachment)
      ? {
          cid: attachment.cid,
          filename: attachment.filename,
          contentType: attachment.contentType,
          raw: attachment.cid ? keptPart(attachment) : encodePart(attachment),
        }
      : attachment,
  )

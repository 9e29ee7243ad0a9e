import { createHash, randomBytes } from 'node:crypto'

import { describe, expect, it } from '@jest/globals'
import { type ParsedMail, simpleParser } from 'mailparser'
import nodemailer from 'nodemailer'
import type Mail from 'nodemailer/lib/mailer'

import { encodedAttachments } from '../../src/delivery/encodedAttachments'

/**
 * The delivery hands nodemailer its attachments already encoded (its `raw` option). A mail
 * client must find in such a message exactly what it finds when nodemailer encodes the same
 * attachments itself: same names, types, Content-IDs, dispositions and bytes, the inline
 * images beside the HTML (multipart/related). Fails if a nodemailer upgrade changes how it
 * places or writes raw parts.
 */
const built = async (attachments: Mail.Attachment[]) => {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true })
  const { message } = (await transport.sendMail({
    from: 'clinic@example.test',
    to: 'patient@example.test',
    subject: 'Your home program',
    html: '<p>Hello</p><img src="cid:media-13-email"><img src="cid:logo.v2">',
    text: 'Hello',
    attachments,
  })) as { message: Buffer }
  return { raw: message.toString('latin1'), parsed: await simpleParser(message) }
}

const seen = (mail: ParsedMail) =>
  mail.attachments.map((attachment) => ({
    filename: attachment.filename,
    contentType: attachment.contentType,
    cid: attachment.cid,
    disposition: attachment.contentDisposition,
    related: Boolean(attachment.related),
    sha256: createHash('sha256').update(attachment.content).digest('hex'),
  }))

const sizes = [0, 1, 2, 3, 56, 57, 58, 76 * 3, 76 * 3 + 1, 40_000]

const attachmentsOf = (size: number) => [
  {
    filename: 'media-13-email.png',
    content: randomBytes(size + 5),
    contentType: 'image/png',
    cid: 'media-13-email',
  },
  {
    filename: 'logo.v2.jpg',
    content: randomBytes(size),
    contentType: 'image/jpeg',
    cid: 'logo.v2',
  },
  {
    filename: 'Home-program-Ann-Lee.pdf',
    content: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size)]),
    contentType: 'application/pdf',
  },
]

describe('attachments encoded ahead for nodemailer', () => {
  it.each(sizes)(
    'read as nodemailer encoding them itself, inline images beside the HTML (%i bytes)',
    async (size) => {
      const attachments = attachmentsOf(size)
      const ours = await built(encodedAttachments(attachments))
      const theirs = await built(attachments)
      expect(seen(ours.parsed)).toEqual(seen(theirs.parsed))
      expect(seen(ours.parsed).map(({ related, disposition }) => [related, disposition])).toEqual([
        [true, 'inline'],
        [true, 'inline'],
        [false, 'attachment'],
      ])
      expect(ours.parsed.html).toBe(theirs.parsed.html)
      expect(ours.parsed.text).toBe(theirs.parsed.text)
      // Every body line within the 78 characters RFC 5322 allows, ending in CRLF.
      expect(ours.raw.split('\r\n').filter((line) => line.length > 78)).toEqual([])
      expect(ours.raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    },
  )

  it('leaves a name that needs encoding in a header to nodemailer, and it arrives whole', async () => {
    const attachments = [
      {
        filename: 'Übungen für Zoë "heute".pdf',
        content: randomBytes(3000),
        contentType: 'application/pdf',
      },
      { filename: 'a b.png', content: randomBytes(300), contentType: 'image/png', cid: 'a b@x' },
    ]
    const ours = await built(encodedAttachments(attachments))
    expect(seen(ours.parsed)).toEqual(seen((await built(attachments)).parsed))
    expect(ours.parsed.attachments.map(({ filename }) => filename)).toContain(
      'Übungen für Zoë "heute".pdf',
    )
  })
})

import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

/**
 * A nodemailer transport that writes each message as an `.eml` file instead of sending it:
 * the default when no SMTP server is configured, so nothing is lost and nothing is logged.
 */
type OutboxInfo = {
  envelope: ReturnType<MailMessage['message']['getEnvelope']>
  messageId: string
  path: string
}

export const outboxTransport = (directory: string): Transport<OutboxInfo> => ({
  name: 'outbox',
  version: '1.0.0',
  send(mail, callback) {
    const messageId = mail.message.messageId()
    const file = path.join(directory, `${Date.now()}-${messageId.replace(/[^\w.-]/g, '')}.eml`)
    const chunks: Buffer[] = []
    const stream = mail.message.createReadStream()
    stream.on('data', (chunk: Buffer) => chunks.push(chunk))
    stream.on('error', (error: Error) => callback(error, undefined as never))
    stream.on('end', () => {
      // Messages hold patients' names and programs: readable by the app's user only.
      mkdir(directory, { recursive: true, mode: 0o700 })
        .then(() => writeFile(file, Buffer.concat(chunks), { mode: 0o600 }))
        .then(() => callback(null, { envelope: mail.message.getEnvelope(), messageId, path: file }))
        .catch((error: Error) => callback(error, undefined as never))
    })
  },
})

import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer, type SMTPServerAddress } from 'smtp-server'

/** An SMTP reply refusing a recipient, e.g. `{ code: 451, message: 'try later' }`. */
export type Refusal = { code: number; message: string }

type Options = {
  port?: number
  /** Decides each RCPT TO: undefined accepts it. */
  refuseRecipient?: (address: SMTPServerAddress) => Refusal | undefined
  /** Runs once a message has been received in full, before the server answers 250. */
  beforeAccepting?: (mail: ParsedMail) => Promise<void> | void
}

/** A real SMTP server on loopback that keeps every message it accepts, parsed. */
export const startSmtpServer = async ({
  port = 0,
  refuseRecipient,
  beforeAccepting,
}: Options = {}) => {
  const received: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = refuseRecipient?.(address)
      if (!refusal) {
        callback()
        return
      }
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }))
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          received.push(mail)
          await beforeAccepting?.(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.server.address() as AddressInfo
  return {
    port: address.port,
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>

/**
 * The benchmark's mail server, run in a child process (see inbox.ts) so receiving does not
 * take the sending process's CPU. It accepts every message and checks it cheaply while it
 * streams in: the Message-ID from the top-level headers, and a PDF part (an
 * `application/pdf` header followed by base64 that starts with `%PDF-`). Nothing is parsed
 * further or kept but the Message-IDs. It answers the parent over IPC.
 */
import type { AddressInfo } from 'node:net'
import type { Readable } from 'node:stream'

import { SMTPServer } from 'smtp-server'

import type { InboxReply, InboxRequest, InboxStats } from './inboxProtocol'

const PDF_TYPE = 'application/pdf'
/** `%PDF-` in base64, at the start of the attachment's first line. */
const PDF_MAGIC = 'JVBERi0'
const CARRY = 64

const empty = () => ({
  received: 0,
  bytes: 0,
  withoutId: 0,
  withoutPdf: 0,
  ids: new Set<string>(),
  duplicates: 0,
  firstAt: 0,
  lastAt: 0,
})
let stats = empty()
let peakRss = process.memoryUsage.rss()
setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50).unref()

const messageIdIn = (headers: string) =>
  /^message-id:[ \t]*(?:\r\n[ \t]+)?(<[^>\r\n]+>)/im.exec(headers)?.[1]

/** Reads one message as it streams, looking only at what the checks need, in its bytes. */
const scan = (stream: Readable) =>
  new Promise<{ id?: string; pdf: boolean; bytes: number }>((resolve, reject) => {
    let head = ''
    let headDone = false
    let id: string | undefined
    let tail = Buffer.alloc(0)
    let seenType = false
    let pdf = false
    let bytes = 0
    stream.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      if (!headDone) {
        head += chunk.toString('latin1')
        const end = head.indexOf('\r\n\r\n')
        if (end >= 0 || head.length > 64 * 1024) {
          headDone = true
          id = messageIdIn(head.slice(0, end >= 0 ? end : head.length))
        }
      }
      if (pdf) {
        return
      }
      const window = tail.length ? Buffer.concat([tail, chunk]) : chunk
      if (!seenType) {
        const at = window.indexOf(PDF_TYPE)
        if (at >= 0) {
          seenType = true
          pdf = window.indexOf(PDF_MAGIC, at) >= 0
        }
      } else {
        pdf = window.indexOf(PDF_MAGIC) >= 0
      }
      tail = Buffer.from(window.subarray(Math.max(0, window.length - CARRY)))
    })
    stream.on('end', () => resolve({ id, pdf, bytes }))
    stream.on('error', reject)
  })

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  size: 50 * 1024 * 1024,
  onData(stream, _session, callback) {
    scan(stream)
      .then(({ id, pdf, bytes }) => {
        const now = Date.now()
        stats.firstAt ||= now
        stats.lastAt = now
        stats.received += 1
        stats.bytes += bytes
        if (!pdf) {
          stats.withoutPdf += 1
        }
        if (!id) {
          stats.withoutId += 1
        } else if (stats.ids.has(id)) {
          stats.duplicates += 1
        } else {
          stats.ids.add(id)
        }
        callback()
      })
      .catch(callback)
  },
})

const snapshot = (withIds: boolean): InboxStats => ({
  received: stats.received,
  distinct: stats.ids.size,
  duplicates: stats.duplicates,
  withoutId: stats.withoutId,
  withoutPdf: stats.withoutPdf,
  bytes: stats.bytes,
  firstAt: stats.firstAt,
  lastAt: stats.lastAt,
  peakRss,
  ids: withIds ? [...stats.ids] : [],
})

const reply = (message: InboxReply) => process.send?.(message)

process.on('message', (request: InboxRequest) => {
  if (request.type === 'stats') {
    reply({ type: 'stats', stats: snapshot(request.ids) })
  } else if (request.type === 'reset') {
    stats = empty()
    reply({ type: 'reset' })
  } else if (request.type === 'stop') {
    server.close(() => {
      reply({ type: 'stopped' })
      process.disconnect()
    })
  }
})
process.on('disconnect', () => process.exit(0))

server.listen(0, '127.0.0.1', () => {
  reply({ type: 'listening', port: (server.server.address() as AddressInfo).port })
})

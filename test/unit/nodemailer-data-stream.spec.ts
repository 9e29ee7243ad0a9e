import { Readable } from 'node:stream'

import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import DataStream from 'nodemailer/lib/smtp-connection/data-stream'

import {
  nodemailersTransform,
  stuffChunk,
  useFastDotStuffing,
} from '../../src/seams/nodemailerDataStream'

/** The SMTP DATA bytes a DataStream makes of `chunks`, with `transform` as its encoder. */
const encode = async (chunks: Buffer[], transform: unknown) => {
  const stream = new DataStream()
  ;(stream as unknown as { _transform: unknown })._transform = transform
  const out: Buffer[] = []
  stream.on('data', (chunk: Buffer) => out.push(chunk))
  const ended = new Promise((resolve) => stream.on('end', resolve))
  Readable.from(chunks).pipe(stream)
  await ended
  return { bytes: Buffer.concat(out), counts: [stream.inByteCount, stream.outByteCount] }
}

// Bytes that matter to the encoder, often, among ordinary ones.
const byte = fc.constantFrom(0x0d, 0x0a, 0x2e, 0x41, 0x20, 0x2e, 0x0d, 0x0a)
const chunks = fc.array(
  fc.array(byte, { maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
  { maxLength: 8 },
)

describe("the SMTP DATA encoder that replaces nodemailer's byte loop", () => {
  it("gives exactly nodemailer's bytes and counts, however the message is split", async () => {
    useFastDotStuffing()
    const ours = (DataStream.prototype as unknown as { _transform: unknown })._transform
    expect(ours).not.toBe(nodemailersTransform)
    await fc.assert(
      fc.asyncProperty(chunks, async (parts) => {
        expect(await encode(parts, ours)).toEqual(await encode(parts, nodemailersTransform))
      }),
      { numRuns: 2_000 },
    )
  })

  it('doubles a dot that starts a line and turns bare line breaks into CRLF', () => {
    expect(stuffChunk(Buffer.from('.a\n.b\r.c\r\n..d'), false).toString()).toBe(
      '..a\r\n..b\r\n..c\r\n...d',
    )
    expect(stuffChunk(Buffer.from('.x'), 0x41).toString()).toBe('.x')
    expect(stuffChunk(Buffer.from('.x'), 0x0a).toString()).toBe('..x')
  })

  it('hands back an ordinary chunk as it is, without copying it', () => {
    const line = Buffer.from('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\r\nYWJj\r\n')
    expect(stuffChunk(line, 0x0a)).toBe(line)
  })
})

import DataStream from 'nodemailer/lib/smtp-connection/data-stream'

import { missingMembers } from './missingMembers'

/*
 * nodemailer passes every byte of a message through `DataStream`, the SMTP DATA encoder (lines
 * end in CRLF, a dot starting a line is doubled), in a JavaScript loop over each byte: the
 * largest cost of sending a home program's 0.8 MB. `stuffChunk` gives the same bytes, looking
 * only at line breaks, which the native `Buffer#indexOf` finds. This seam is the one place that
 * reaches under nodemailer: it checks at first use that the class still has what it replaces
 * (test/unit/nodemailer-data-stream.spec.ts fails on an upgrade that changes it).
 */

const CR = 0x0d
const LF = 0x0a
const DOT = 0x2e
const INSERT_LF = Buffer.from('\n')
const INSERT_LF_DOT = Buffer.from('\n.')
const INSERT_CR = Buffer.from('\r')
const INSERT_DOT = Buffer.from('.')

/** The byte before the first one of a stream: none. */
type PreviousByte = number | false

/** What goes before `byte`: nodemailer's three rules (bare CR, bare LF, dot at a line start). */
const insertBefore = (byte: number, previous: PreviousByte): Buffer | undefined => {
  if (previous === CR && byte !== LF) {
    return byte === DOT ? INSERT_LF_DOT : INSERT_LF
  }
  if (byte === LF && previous !== CR) {
    return INSERT_CR
  }
  if (byte === DOT && (previous === LF || previous === false)) {
    return INSERT_DOT
  }
  return undefined
}

/**
 * One chunk of a message as SMTP DATA, given the byte before it. Only a byte that is a line
 * break or follows one (or starts the stream) can need something inserted, so those are the
 * only ones looked at.
 */
export const stuffChunk = (chunk: Buffer, previous: PreviousByte): Buffer => {
  const pieces: Buffer[] = []
  let copiedUpTo = 0
  let lastChecked = -1
  const check = (i: number) => {
    if (i <= lastChecked || i >= chunk.length) {
      return
    }
    lastChecked = i
    const insert = insertBefore(chunk[i], i > 0 ? chunk[i - 1] : previous)
    if (insert) {
      if (i > copiedUpTo) {
        pieces.push(chunk.subarray(copiedUpTo, i))
      }
      pieces.push(insert)
      copiedUpTo = i
    }
  }
  check(0)
  let cr = chunk.indexOf(CR)
  let lf = chunk.indexOf(LF)
  while (cr !== -1 || lf !== -1) {
    const at = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf)
    check(at)
    check(at + 1)
    if (at === cr) {
      cr = chunk.indexOf(CR, at + 1)
    }
    if (at === lf) {
      lf = chunk.indexOf(LF, at + 1)
    }
  }
  if (pieces.length === 0) {
    return chunk
  }
  if (copiedUpTo < chunk.length) {
    pieces.push(chunk.subarray(copiedUpTo))
  }
  return Buffer.concat(pieces)
}

type DataStreamState = {
  inByteCount: number
  outByteCount: number
  lastByte: PreviousByte
  push: (chunk: Buffer) => boolean
}

function transform(
  this: DataStreamState,
  chunk: Buffer | string,
  _encoding: BufferEncoding,
  done: () => void,
) {
  if (!chunk || !chunk.length) {
    return done()
  }
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
  this.inByteCount += bytes.length
  const out = stuffChunk(bytes, this.lastByte)
  this.outByteCount += out.length
  this.push(out)
  this.lastByte = bytes[bytes.length - 1]
  done()
}

const prototype = DataStream.prototype as unknown as Record<string, unknown>

/** nodemailer's own encoder, kept for the test that compares the two. */
export const nodemailersTransform = prototype._transform as typeof transform

/**
 * Makes nodemailer's SMTP DATA encoder use `stuffChunk` (once per process; the delivery
 * mailer calls it before its first message). Throws, naming what is missing, when the
 * installed nodemailer no longer has the encoder this replaces.
 */
export const useFastDotStuffing = () => {
  if (prototype._transform === transform) {
    return
  }
  const stream = new DataStream()
  const missing = missingMembers('DataStream', stream, {
    _transform: 'function',
    _flush: 'function',
    inByteCount: 'number',
    outByteCount: 'number',
    lastByte: 'boolean',
  })
  if (missing.length > 0) {
    throw new Error(
      `nodemailer's SMTP DATA encoder changed (src/seams/nodemailerDataStream.ts): missing ${missing.join(', ')}.`,
    )
  }
  prototype._transform = transform
}

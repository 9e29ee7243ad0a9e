import type { Document } from './types'

/**
 * pdfkit writes the file in a few thousand pieces, each string turned into bytes one character
 * at a time and pushed through the stream on its own. This keeps the pieces, turns each run of
 * strings into latin1 bytes (the same bytes) in one go, and pushes the whole file once when
 * pdfkit ends it. pdfkit's byte offsets for the cross-reference table advance as before: a
 * string piece is its length plus a line end, one byte per character.
 */
export const collectOutput = (doc: Document) => {
  const chunks: Uint8Array[] = []
  let lines: string[] = []
  const endLines = () => {
    if (lines.length > 0) {
      chunks.push(Buffer.from(`${lines.join('\n')}\n`, 'latin1'))
    }
    lines = []
  }
  const push = doc.push.bind(doc)
  doc._write = (data) => {
    if (data instanceof Uint8Array) {
      endLines()
      chunks.push(data)
      doc._offset += data.length
      return
    }
    const line = String(data)
    lines.push(line)
    doc._offset += line.length + 1
  }
  doc.push = (chunk) => {
    if (chunk !== null) {
      return push(chunk)
    }
    endLines()
    push(Buffer.concat(chunks))
    chunks.length = 0
    return push(null)
  }
}

type Output = {
  _write: (data: string | Uint8Array) => void
  _offset: number
  push: (chunk: Uint8Array | null) => boolean
}

/**
 * pdfkit writes the file in a few thousand pieces, each string turned into bytes one character
 * at a time and pushed through the stream on its own. This collects the pieces (strings
 * converted natively, as the same latin1 bytes) and pushes them as one when pdfkit ends the
 * file; pdfkit's byte offsets for the cross-reference table are kept as it keeps them.
 */
export const collectOutput = (pdf: PDFKit.PDFDocument) => {
  const doc = pdf as unknown as Output
  const chunks: Uint8Array[] = []
  const push = doc.push.bind(pdf)
  doc._write = (data) => {
    const bytes = data instanceof Uint8Array ? data : Buffer.from(`${data}\n`, 'latin1')
    chunks.push(bytes)
    doc._offset += bytes.length
  }
  doc.push = (chunk) => {
    if (chunk !== null) return push(chunk)
    push(Buffer.concat(chunks))
    chunks.length = 0
    return push(null)
  }
}

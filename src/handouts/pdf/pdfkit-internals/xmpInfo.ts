import type { Document } from './types'

const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * pdfkit copies Title, Author, Subject and Keywords into the XMP packet without XML escaping,
 * so "Neck & shoulder care" would make the metadata malformed. The escaping is applied to
 * that copy only; the Info dictionary keeps the plain text.
 */
export const escapeXmpInfo = (doc: Pick<Document, 'info' | '_addInfo'>) => {
  const addInfo = doc._addInfo.bind(doc)
  doc._addInfo = () => {
    const plain = doc.info
    doc.info = Object.fromEntries(
      Object.entries(plain).map(([key, value]) => [
        key,
        typeof value === 'string' ? escapeXml(value) : value,
      ]),
    ) as PDFKit.DocumentInfo
    try {
      addInfo()
    } finally {
      doc.info = plain
    }
  }
}

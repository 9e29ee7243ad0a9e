import type { HandoutDocument } from '../document'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** Title, Author, Subject and Keywords as readers and search tools show them. */
export const documentInfo = (
  handout: HandoutDocument,
  creationDate: Date | undefined,
): PDFKit.DocumentInfo => {
  const { meta, branding, blocks } = handout
  const techniques = (Array.isArray(blocks) ? blocks : [])
    .filter((block) => block?.type === 'techniqueCard')
    .map((block) => text((block as { name?: unknown }).name))
    .filter((name) => name !== '')
  const keywords = [...new Set([text(meta.template), ...techniques, 'home program', 'handout'])]
    .filter((word) => word !== '')
    .join(', ')
  return {
    Title: text(meta.title) || 'Handout',
    Author: text(branding.clinicName),
    Subject: text(meta.subtitle) || text(meta.title),
    Keywords: keywords,
    Creator: 'Clinic CMS',
    ...(creationDate ? { CreationDate: creationDate, ModDate: creationDate } : {}),
  }
}

const escapeXml = (value: string) => value.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`)

type InfoWriter = { info: PDFKit.DocumentInfo; _addInfo: () => void }

/**
 * pdfkit copies Title, Author, Subject and Keywords into the XMP packet without XML escaping,
 * so "Neck & shoulder care" would make the metadata malformed. The escaping is applied to
 * that copy only; the Info dictionary keeps the plain text.
 */
export const escapeXmpInfo = (pdf: PDFKit.PDFDocument) => {
  const writer = pdf as unknown as InfoWriter
  const addInfo = writer._addInfo.bind(pdf)
  writer._addInfo = () => {
    const plain = writer.info
    const escaped = Object.fromEntries(
      Object.entries(plain).map(([key, value]) => [
        key,
        typeof value === 'string' ? escapeXml(value) : value,
      ]),
    )
    writer.info = escaped as PDFKit.DocumentInfo
    try {
      addInfo()
    } finally {
      writer.info = plain
    }
  }
}

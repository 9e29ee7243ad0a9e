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

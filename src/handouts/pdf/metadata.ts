import type { HandoutDocument } from '../document'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** A well-formed BCP 47 tag for the document's language, or "en". */
export const languageTag = (language: unknown): string => {
  try {
    return Intl.getCanonicalLocales(text(language) || 'en')[0] ?? 'en'
  } catch {
    // Intl rejects a malformed tag with a RangeError: that is our validation.
    return 'en'
  }
}

const RIGHT_TO_LEFT_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'])

export const directionOf = (tag: string): 'ltr' | 'rtl' =>
  RIGHT_TO_LEFT_SCRIPTS.has(new Intl.Locale(tag).maximize().script ?? '') ? 'rtl' : 'ltr'

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

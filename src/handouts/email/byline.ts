import type { HandoutDocument } from '../document'
import { labels } from './labels'

/** An ISO date (YYYY-MM-DD…) written out in the handout's language, e.g. "3 March 2025". */
export const formatHandoutDate = (isoDate: string, language: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate.trim())
  if (!match) {
    return isoDate.trim()
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  if (Number.isNaN(date.getTime())) {
    return isoDate.trim()
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

/** The parts of "Prepared for Sam Patel · by Maya Lee, RMT · 3 March 2025" that are known. */
export const bylineParts = (doc: HandoutDocument, language: string): string[] => {
  const { patientName, clinicianName, date } = doc.meta
  return [
    patientName ? labels.preparedFor(patientName) : '',
    clinicianName ? labels.by(clinicianName) : '',
    date ? formatHandoutDate(date, language) : '',
  ].filter(Boolean)
}

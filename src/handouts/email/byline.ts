import type { HandoutDocument } from '../document'
import { formatHandoutDate } from '../format/dates'
import { labels } from './labels'

/** The parts of "Prepared for Sam Patel · by Maya Lee, RMT · 3 March 2025" that are known. */
export const bylineParts = (doc: HandoutDocument, language: string): string[] => {
  const { patientName, clinicianName, date } = doc.meta
  return [
    patientName ? labels.preparedFor(patientName) : '',
    clinicianName ? labels.by(clinicianName) : '',
    date ? formatHandoutDate(date, language) : '',
  ].filter(Boolean)
}

import type { HandoutDocument } from '../document'
import { labels } from './labels'

/** One line of plain text: no line breaks or control characters can reach the header. */
const oneLine = (text: string | undefined): string =>
  (text ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

/** e.g. "Your home program from Riverside Massage Clinic". */
export const subjectFor = (doc: HandoutDocument): string => {
  const title = oneLine(doc.meta.title) || labels.defaultSubject
  const clinic = oneLine(doc.branding.clinicName)
  if (!clinic || title.toLowerCase().includes(clinic.toLowerCase())) {
    return title
  }
  return `${title} from ${clinic}`
}

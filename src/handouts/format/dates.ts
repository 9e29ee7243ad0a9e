/** Formatters by language: creating one costs more than formatting a date with it. */
const formatters = new Map<string, Intl.DateTimeFormat>()
const MAX_FORMATTERS = 32

const longDate = (language: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(language)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' })
    if (formatters.size >= MAX_FORMATTERS) {
      formatters.clear()
    }
    formatters.set(language, formatter)
  }
  return formatter
}

/**
 * An ISO date (YYYY-MM-DD…) written out in the handout's language, e.g. "3 March 2025"; in
 * English when the language tag is not one `Intl` accepts, and as given when it is not a date.
 * The one date format of the PDF, the email and the patient's page.
 */
export const formatHandoutDate = (isoDate: string, language: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate.trim())
  if (!match) {
    return isoDate.trim()
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  if (Number.isNaN(date.getTime())) {
    return isoDate.trim()
  }
  try {
    return longDate(language).format(date)
  } catch {
    return longDate('en').format(date)
  }
}

/** A handout's language as both renderers declare it: its tag, direction and script. */

const RIGHT_TO_LEFT_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'])

/** The canonical BCP 47 tag, or "en" for a tag that is missing or not well-formed. */
export const languageTag = (language: unknown): string => {
  try {
    return (
      Intl.getCanonicalLocales((typeof language === 'string' && language.trim()) || 'en')[0] ?? 'en'
    )
  } catch {
    // Intl rejects a malformed tag with a RangeError: that is our validation, not a failure.
    return 'en'
  }
}

/** Right-to-left when the language's likely script is (ar, he, fa, ur, …). */
export const directionOf = (tag: string): 'ltr' | 'rtl' =>
  RIGHT_TO_LEFT_SCRIPTS.has(new Intl.Locale(tag).maximize().script ?? '') ? 'rtl' : 'ltr'

/** Whether the language is written in Latin script (en, es, vi, …) by default. */
export const isLatinScript = (tag: string): boolean =>
  new Intl.Locale(tag).maximize().script === 'Latn'

import type * as fontkit from 'fontkit'

/**
 * pdfkit shapes every word it draws (fontkit's `layout`, scaled to its units) and caches the
 * result in the document's font object, so each new document shapes every word again. The
 * cache is pdfkit's `layoutCache`: a plain object, from the word to a run that pdfkit only
 * reads once stored. Documents drawing with the same fontkit font share one such object here,
 * so a word is shaped once per process. Output is unchanged: the runs are what pdfkit would
 * compute. If pdfkit's internals differ (another version), nothing is shared.
 */

/** Words kept per font before the shared cache starts over (checked now and then). */
const MAX_WORDS_PER_FONT = 20_000
/** Every this many documents a font's shared cache is counted. */
const COUNT_EVERY = 64

type PdfkitFont = { font?: unknown; layoutCache?: Record<string, unknown> }

type Shared = { cache: Record<string, unknown>; uses: number }

const sharedByFont = new WeakMap<fontkit.Font, Shared>()

const tooBig = (cache: Record<string, unknown>) => {
  let count = 0
  for (const _ in cache) if (++count > MAX_WORDS_PER_FONT) return true
  return false
}

/**
 * Gives the document's current pdfkit font the process-wide layout cache for `font`. Call
 * right after the font is first selected in a document.
 */
export const shareLayouts = (doc: PDFKit.PDFDocument, font: fontkit.Font) => {
  const current = (doc as unknown as { _font?: PdfkitFont })._font
  if (!current || current.font !== font) return
  if (typeof current.layoutCache !== 'object' || current.layoutCache === null) return
  let shared = sharedByFont.get(font)
  if (!shared || (shared.uses % COUNT_EVERY === 0 && tooBig(shared.cache))) {
    shared = { cache: Object.create(null) as Record<string, unknown>, uses: 0 }
    sharedByFont.set(font, shared)
  }
  shared.uses++
  current.layoutCache = shared.cache
}

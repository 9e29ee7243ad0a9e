import { deflateSync } from 'node:zlib'

import type { Document, Page } from './types'

/**
 * zlib level for page content. Content streams are text operators: level 3 packs them within
 * about a tenth of the default level 6, in half the time.
 */
const CONTENT_LEVEL = 3

/**
 * pdfkit turns every content-stream operator into a byte array of its own (`addContent` →
 * `page.write`), and a handout writes thousands, then compresses each page at zlib's default
 * level. This keeps each page's operators as strings and, when the document ends, writes them
 * as one compressed stream (the same operators, as pdfkit's own writes would give). pdfkit
 * writes to a page itself only to close marked content left open on it; such a page (never
 * one of ours: every mark is closed where it opens) gets its operators as pdfkit would write
 * them, uncompressed for pdfkit to compress.
 */
export const batchPageContent = (doc: Document) => {
  const pending = new Map<Page, string[]>()
  const bytesOf = (operators: string[]) => Buffer.from(`${operators.join('\n')}\n`, 'latin1')
  const writePlain = (page: Page) => {
    const operators = pending.get(page)
    if (operators && operators.length > 0) {
      page.write(bytesOf(operators))
    }
    pending.delete(page)
  }
  doc.addContent = (data) => {
    let operators = pending.get(doc.page)
    if (!operators) {
      operators = []
      pending.set(doc.page, operators)
    }
    operators.push(data)
    return doc
  }
  const addPage = doc.addPage.bind(doc)
  doc.addPage = (options) => {
    if (doc.page.markings.length > 0) {
      writePlain(doc.page)
    }
    return addPage(options)
  }
  const end = doc.end.bind(doc)
  doc.end = () => {
    for (const [page, operators] of pending) {
      if (page.markings.length > 0 || !doc.compress || page.content.data.Filter) {
        writePlain(page)
        continue
      }
      page.content.compress = false
      page.content.data.Filter = 'FlateDecode'
      page.write(deflateSync(bytesOf(operators), { level: CONTENT_LEVEL }))
    }
    pending.clear()
    end()
  }
}

type Page = { write: (data: string | Uint8Array) => void }

type Internals = {
  page: Page
  addContent: (data: string) => unknown
  addPage: (options?: PDFKit.PDFDocumentOptions) => unknown
  end: () => void
}

/**
 * pdfkit turns every content-stream operator into a byte array of its own (`addContent` →
 * `page.write`), and a handout writes thousands. This keeps a page's operators as strings and
 * writes them as one, which gives the same bytes. pdfkit writes to a page directly only when
 * it closes the page's open marked content (on adding a page, and at the end), so the
 * operators kept are written first then.
 */
export const batchPageContent = (pdf: PDFKit.PDFDocument) => {
  const doc = pdf as unknown as Internals
  let page: Page | undefined
  let pending: string[] = []
  const flush = () => {
    // As pdfkit's own write would: a line end after the last operator, latin1 bytes.
    if (page && pending.length > 0) page.write(Buffer.from(`${pending.join('\n')}\n`, 'latin1'))
    pending = []
  }
  doc.addContent = (data) => {
    if (doc.page !== page) {
      flush()
      page = doc.page
    }
    pending.push(data)
    return pdf
  }
  const addPage = doc.addPage.bind(pdf)
  doc.addPage = (options) => {
    flush()
    return addPage(options)
  }
  const end = doc.end.bind(pdf)
  doc.end = () => {
    flush()
    end()
  }
}

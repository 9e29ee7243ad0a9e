import { chromium } from 'playwright-core'

import type { HandoutDocument } from '../../src/handouts/document'
import { renderEmail } from '../../src/handouts/email/renderEmail'

const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
}

/**
 * The same content as HTML: the email's HTML part with its cid: images inlined as data: URIs,
 * so the page needs no network and shows everything the PDF does.
 */
export const handoutHtml = (doc: HandoutDocument): string => {
  const { html, attachments } = renderEmail(doc)
  const byCid = new Map(attachments.map((file) => [file.cid, file]))
  return html.replace(/cid:([^"'\s)]+)/g, (reference, cid: string) => {
    const file = byCid.get(cid)
    return file ? `data:${file.contentType};base64,${file.content.toString('base64')}` : reference
  })
}

/** One headless Chromium; each render loads the HTML into the same page and prints it to A4. */
export const chromiumPrinter = async (html: string) => {
  const browser = await chromium.launch(LAUNCH)
  const page = await browser.newPage()
  return {
    render: async (): Promise<Buffer> => {
      await page.setContent(html, { waitUntil: 'load' })
      return page.pdf({ format: 'A4' })
    },
    close: () => browser.close(),
  }
}

import PDFDocument from 'pdfkit'

import type { Branding, HandoutDocument } from '../document'
import { blockPieces } from './blocks'
import { disclaimerPieces } from './blocks/disclaimer'
import { programLinkPieces } from './blocks/programLink'
import { titleBlockPieces } from './blocks/titleBlock'
import { cachedMeasure, type RenderContext } from './context'
import { planFurniture } from './furniture'
import type { EmbeddedImage } from './images/embed'
import { labels } from './labels'
import { drawPages } from './layout/drawPages'
import { paginate } from './layout/paginate'
import { directionOf, languageTag } from '../brand/language'
import { documentInfo } from './metadata'
import { columnWidthOf, pageGeometry, paperOf } from './page'
import { escapeXmpMetadata, installFastPath } from './pdfkit-internals'
import { documentTag } from './tagging'
import { loadCjkFaces } from './text/cjkFonts'
import { codePointsOf } from './text/documentText'
import { fontLibrary } from './text/fontLibrary'
import { documentFonts } from './text/fonts'
import { plainTextWriter } from './text/plainTextWriter'
import { createTheme } from './theme'

const NO_META: HandoutDocument['meta'] = { title: '', language: 'en', date: '', template: '' }
const NO_LAYOUT: HandoutDocument['layout'] = { paper: 'A4', largePrint: false }
const NO_BRANDING: Branding = {
  clinicName: '',
  primaryColour: '',
  accentColour: '',
  contactLines: [],
}

/** pdfkit's own text flow (and its automatic page breaks) is never used: layout places every line. */
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 }

/** No default font: pdfkit would otherwise parse Helvetica's metrics for every document. */
const NO_DEFAULT_FONT = { font: null } as unknown as Pick<PDFKit.PDFDocumentOptions, 'font'>

/** Tagged PDF/UA. pdfkit 0.20 supports it; @types/pdfkit 0.17 lists only the PDF/A subsets. */
const ACCESSIBLE = { tagged: true, subset: 'PDF/UA', pdfVersion: '1.7' } as unknown as Pick<
  PDFKit.PDFDocumentOptions,
  'tagged' | 'subset' | 'pdfVersion'
>

/** The PDF's bytes, read in paused mode: what pdfkit pushed comes out of the stream joined. */
const bytesOf = (pdf: PDFKit.PDFDocument): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    pdf.on('readable', () => {
      for (let chunk = pdf.read() as Buffer | null; chunk !== null; chunk = pdf.read()) {
        chunks.push(chunk)
      }
    })
    pdf.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)))
    pdf.on('error', reject)
  })

/**
 * Renders a handout as a tagged, accessible PDF (PDF/UA, PDF 1.7): embedded fonts with a
 * fallback per character, running header and footer, technique cards kept whole, headings kept
 * with their text. Pure: the same document and creation date give the same bytes.
 */
export type RenderOptions = {
  creationDate?: Date
  /**
   * `false` draws text through pdfkit's public API instead of the fast path in
   * pdfkit-internals/: the same pages, text and look, more slowly (see bench/README.md). For
   * the golden test, the bench, and a pdfkit upgrade the fast path no longer fits.
   */
  fastPath?: boolean
}

export const renderPdf = async (
  handout: HandoutDocument,
  options: RenderOptions = {},
): Promise<Buffer> => {
  const document: HandoutDocument = {
    meta: { ...NO_META, ...handout.meta },
    branding: { ...NO_BRANDING, ...handout.branding },
    layout: { ...NO_LAYOUT, ...handout.layout },
    blocks: Array.isArray(handout.blocks) ? handout.blocks : [],
  }
  const [library, cjk] = await Promise.all([fontLibrary(), loadCjkFaces(codePointsOf(document))])
  const language = languageTag(document.meta.language)
  const paper = paperOf(document.layout.paper)
  const pdf = new PDFDocument({
    size: paper,
    margins: NO_MARGINS,
    bufferPages: true,
    ...NO_DEFAULT_FONT,
    ...ACCESSIBLE,
    lang: language,
    displayTitle: true,
    info: documentInfo(document, options.creationDate),
  })
  escapeXmpMetadata(pdf)
  const writeText =
    options.fastPath === false ? plainTextWriter(pdf) : installFastPath(pdf).writeText
  const bytes = bytesOf(pdf)

  const text = {
    doc: pdf,
    theme: createTheme(document.branding, document.layout.largePrint === true),
    fonts: documentFonts(library, cjk),
    measure: cachedMeasure(),
    writeText,
    direction: directionOf(language),
  }
  const images = new Map<string, EmbeddedImage | undefined>()
  const furniture = planFurniture({ ...text, images, labels }, document, columnWidthOf(paper))
  const page = pageGeometry(paper, furniture)
  const ctx: RenderContext = {
    ...text,
    page,
    labels,
    meta: document.meta,
    root: documentTag(pdf),
    images,
  }

  const width = page.columnWidth
  const pieces = [
    ...titleBlockPieces(ctx, ctx.root, width),
    ...programLinkPieces(ctx, document.meta.programLink, ctx.root, width),
    ...document.blocks.flatMap((block) => blockPieces(ctx, block, ctx.root, width)),
    ...disclaimerPieces(ctx, document.branding.disclaimer, ctx.root, width),
  ]
  const layout = paginate(pieces, {
    left: page.left,
    width,
    top: page.bodyTop,
    bottom: page.bodyBottom,
  })
  drawPages(ctx, layout, () => pdf.addPage({ size: paper, margins: NO_MARGINS }))

  const { start, count } = pdf.bufferedPageRange()
  for (let index = 0; index < count; index++) {
    pdf.switchToPage(start + index)
    pdf.page.margins.bottom = 0
    furniture.draw(ctx, index, count)
  }
  ctx.root.end()
  pdf.end()
  return bytes
}

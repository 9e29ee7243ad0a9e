/**
 * Everything that reaches into pdfkit's internals (pdfkit 0.20), and the only way in. Each
 * entry point first checks that pdfkit still has every member it uses (shape.ts) and throws a
 * PdfkitShapeError naming what is missing, so a pdfkit upgrade fails loudly, at the first
 * render, instead of silently losing speed or output.
 */
import type { TextWriter } from '../text/textWriter'
import { batchPageContent } from './contentBatch'
import { fastFonts } from './fonts'
import { collectOutput } from './outputBuffer'
import { requireDocumentShape, requireInfoShape } from './shape'
import { fastTextWriter } from './textLines'
import { escapeXmpInfo } from './xmpInfo'

export { missingMembers, PdfkitShapeError, type Shape } from './shape'
export { preparedPngDrawer, requireImageShape, type PreparedPalettePng } from './images'

/**
 * The fast path for one document: its page content is batched and compressed once per page,
 * its output is pushed as one buffer, and the returned writer draws text with fonts whose
 * shaping and font programs are shared between documents. The same PDF as pdfkit's own
 * drawing, a few times faster (see bench/README.md). Install before drawing anything.
 */
export const installFastPath = (pdf: PDFKit.PDFDocument): { writeText: TextWriter } => {
  const doc = requireDocumentShape(pdf)
  batchPageContent(doc)
  collectOutput(doc)
  return { writeText: fastTextWriter(doc, fastFonts(doc)) }
}

/**
 * Not for speed: pdfkit 0.20 writes the document info into the XMP metadata unescaped, so
 * a "&" in a title makes it malformed. Applied with and without the fast path.
 */
export const escapeXmpMetadata = (pdf: PDFKit.PDFDocument): void =>
  escapeXmpInfo(requireInfoShape(pdf))

import { readFileSync } from 'node:fs'
import path from 'node:path'

import type * as fontkit from 'fontkit'

import { projectRoot } from '../../../paths'
import { missingMembers, type Shape } from '../../../seams/missingMembers'
import type { Document, EmbeddedFont } from './types'

export { missingMembers, type Shape }

const DOCUMENT: Shape = {
  _write: 'function',
  _offset: 'number',
  push: 'function',
  addContent: 'function',
  addPage: 'function',
  end: 'function',
  compress: 'boolean',
  page: 'object',
}

const DOCUMENT_INFO: Shape = { _addInfo: 'function', info: 'object' }

const PAGE: Shape = {
  height: 'number',
  write: 'function',
  markings: 'array',
  content: 'object',
  fonts: 'object',
}

const PAGE_CONTENT: Shape = { compress: 'boolean', data: 'object' }

const FONT: Shape = {
  id: 'string',
  font: 'object',
  layout: 'function',
  subset: 'object',
  widths: 'array',
  unicode: 'array',
  scale: 'number',
  encode: 'function',
  embed: 'function',
  ref: 'function',
  document: 'object',
}

const SUBSET: Shape = { glyphs: 'array', includeGlyph: 'function', encode: 'function' }

const FONT_DOCUMENT: Shape = { ref: 'function' }

const installedVersion = () => {
  try {
    const manifest = path.join(projectRoot, 'node_modules', 'pdfkit', 'package.json')
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version
  } catch {
    return 'as installed'
  }
}

/** Thrown when the installed pdfkit lacks a member the fast path needs. */
export class PdfkitShapeError extends Error {
  constructor(missing: readonly string[]) {
    super(
      `pdfkit ${installedVersion()} no longer has ${missing.join(', ')}: the fast path in ` +
        'src/handouts/pdf/pdfkit-internals needs updating (renderPdf with { fastPath: false } ' +
        'uses only pdfkit’s public API meanwhile)',
    )
    this.name = 'PdfkitShapeError'
  }
}

const requireNothingMissing = (missing: string[]) => {
  if (missing.length > 0) {
    throw new PdfkitShapeError(missing)
  }
}

/** The document, typed with the internals the fast path uses, once it is checked to have them. */
export const requireDocumentShape = (pdf: PDFKit.PDFDocument): Document & PDFKit.PDFDocument => {
  const doc = pdf as unknown as Document & PDFKit.PDFDocument
  requireNothingMissing([
    ...missingMembers('PDFDocument', doc, DOCUMENT),
    ...missingMembers('PDFPage', doc.page, PAGE),
    ...missingMembers('PDFPage.content', doc.page?.content, PAGE_CONTENT),
  ])
  return doc
}

/** The document, typed with what the XMP escaping uses, once it is checked to have it. */
export const requireInfoShape = (pdf: PDFKit.PDFDocument): Pick<Document, 'info' | '_addInfo'> => {
  const doc = pdf as unknown as Pick<Document, 'info' | '_addInfo'>
  requireNothingMissing(missingMembers('PDFDocument', doc, DOCUMENT_INFO))
  return doc
}

/** The document's current font (just selected for `font`), checked to be what the fast path needs. */
export const requireFontShape = (current: unknown, font: fontkit.Font): EmbeddedFont => {
  requireNothingMissing(missingMembers('PDFDocument', { _font: current }, { _font: 'object' }))
  const embedded = current as EmbeddedFont
  requireNothingMissing([
    ...missingMembers('EmbeddedFont', embedded, FONT),
    ...missingMembers('EmbeddedFont.subset', embedded.subset, SUBSET),
    ...missingMembers('EmbeddedFont.document', embedded.document, FONT_DOCUMENT),
  ])
  if (embedded.font !== font) {
    throw new PdfkitShapeError(['EmbeddedFont.font (the fontkit font it was registered with)'])
  }
  return embedded
}

import { describe, expect, it } from '@jest/globals'
import PDFDocument from 'pdfkit'

import { installFastPath, missingMembers } from '../../src/handouts/pdf/pdfkit-internals'
import { fontLibrary } from '../../src/handouts/pdf/text/fontLibrary'

const STALE = /the fast path in src\/handouts\/pdf\/pdfkit-internals needs updating/

/** A document whose pdfkit lacks what `lose` takes away, as a pdfkit upgrade might. */
const documentWithout = (lose: (doc: Record<string, unknown>) => void) => {
  const doc = new PDFDocument({ bufferPages: true })
  lose(doc as unknown as Record<string, unknown>)
  return doc
}

describe('the fast path checks that pdfkit still has the shape it needs', () => {
  it('names a member that is missing or of another kind', () => {
    const found = missingMembers(
      'PDFPage',
      { write: () => undefined, markings: {} },
      {
        write: 'function',
        markings: 'array',
        height: 'number',
      },
    )
    expect(found).toEqual(['PDFPage.markings (an array)', 'PDFPage.height (a number)'])
  })

  it('refuses a document without the private writer it replaces, naming it and the folder', () => {
    const doc = documentWithout((internals) => {
      internals._write = undefined
    })
    expect(() => installFastPath(doc)).toThrow(
      /pdfkit 0\.20\.\d+ no longer has PDFDocument\._write/,
    )
    expect(() => installFastPath(doc)).toThrow(STALE)
  })

  it('refuses a page without the open markings it reads', () => {
    const doc = documentWithout((internals) => {
      ;(internals.page as Record<string, unknown>).markings = undefined
    })
    expect(() => installFastPath(doc)).toThrow(/no longer has PDFPage\.markings \(an array\)/)
  })

  it('refuses a font whose subset no longer takes glyphs, at the first text drawn', async () => {
    const library = await fontLibrary()
    const doc = new PDFDocument({ bufferPages: true })
    const { writeText } = installFastPath(doc)
    const select = doc.font.bind(doc)
    doc.font = ((name: string) => {
      select(name)
      const current = (doc as unknown as { _font: { subset: Record<string, unknown> } })._font
      current.subset.includeGlyph = undefined
      return doc
    }) as typeof doc.font
    const draw = () =>
      writeText({
        size: 12,
        baseline: 100,
        runs: [{ face: library.primary, text: 'Gentle', x: 72, colour: '#000000' }],
        underlines: [],
      })
    expect(draw).toThrow(/no longer has EmbeddedFont\.subset\.includeGlyph \(a function\)/)
  })
})

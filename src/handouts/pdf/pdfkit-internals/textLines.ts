import type { TextWriter } from '../text/textWriter'
import type { FastFonts } from './fonts'
import { pdfNumber, rgbOperands, showText } from './textOperators'
import type { Document } from './types'

/**
 * Writes a line of text with one write to the page: a text object per line rather than
 * pdfkit's `text()` per run (which writes a dozen small operators for each), in its
 * coordinates (y down, flipped back for upright glyphs, as pdfkit does).
 */
export const fastTextWriter =
  (doc: Document, fontOf: FastFonts): TextWriter =>
  ({ size, baseline, runs, underlines }) => {
    const pageHeight = doc.page.height
    const y = pageHeight - baseline
    const rules = underlines.map(
      (line) =>
        `q ${pdfNumber(line.thickness)} w ${rgbOperands(line.colour)} RG ` +
        `${pdfNumber(line.x)} ${pdfNumber(line.y)} m ${pdfNumber(line.x + line.width)} ${pdfNumber(line.y)} l S Q`,
    )
    const text: string[] = [`q 1 0 0 -1 0 ${pdfNumber(pageHeight)} cm BT`]
    let font: ReturnType<FastFonts> | undefined
    let colour: string | undefined
    for (const run of runs) {
      if (run.colour !== colour) {
        colour = run.colour
        text.push(`${rgbOperands(colour)} rg`)
      }
      const runFont = fontOf(run.face)
      if (runFont !== font) {
        font = runFont
        text.push(`/${font.id} ${pdfNumber(size)} Tf`)
      }
      text.push(showText(font, run.text, run.x, y, size))
    }
    text.push('ET Q')
    doc.addContent([...rules, ...text].join('\n'))
  }

import type { TextWriter } from './textWriter'

/**
 * Text drawn through pdfkit's public API alone: each face registered once per document, each
 * run drawn with `text()` at its baseline, each underline stroked as a path.
 */
export const plainTextWriter = (doc: PDFKit.PDFDocument): TextWriter => {
  const registered = new Set<string>()
  return ({ size, baseline, runs, underlines }) => {
    for (const line of underlines) {
      doc
        .save()
        .lineWidth(line.thickness)
        .strokeColor(line.colour)
        .moveTo(line.x, line.y)
        .lineTo(line.x + line.width, line.y)
        .stroke()
        .restore()
    }
    for (const run of runs) {
      if (!registered.has(run.face.key)) {
        // pdfkit accepts a parsed fontkit font (PDFFontFactory.open); its types list only bytes.
        doc.registerFont(run.face.key, run.face.font as unknown as PDFKit.Mixins.PDFFontSource)
        registered.add(run.face.key)
      }
      doc
        .font(run.face.key)
        .fontSize(size)
        .fillColor(run.colour)
        .text(run.text, run.x, baseline, { lineBreak: false, baseline: 'alphabetic' })
    }
  }
}

import type { TextContext } from '../context'
import { artifact, type StructTag } from '../tagging'
import type { Glyphs, TextBox } from './textBox'

/** Where drawn text goes in the structure tree: an element, or nowhere (page furniture). */
export type Target = StructTag | 'artifact'

const paint = (ctx: TextContext, box: TextBox, glyphs: Glyphs, x: number, top: number) => {
  const { doc } = ctx
  const { size } = box.style
  const colour = glyphs.run.colour ?? (glyphs.run.link ? ctx.theme.palette.link : box.style.colour)
  const baseline = top + box.baseline
  ctx.useFace(glyphs.face, size)
  doc.fillColor(colour)
  doc.text(glyphs.text, x + glyphs.x, baseline, {
    lineBreak: false,
    baseline: 'alphabetic',
    // Already measured: pdfkit would shape the text again only to find its width.
    textWidth: glyphs.width,
    wordCount: 1,
  } as PDFKit.Mixins.TextOptions)
  if (glyphs.run.underline || glyphs.run.link) {
    const y = baseline + size * 0.15
    doc
      .save()
      .lineWidth(Math.max(0.5, size * 0.06))
      .strokeColor(colour)
      .moveTo(x + glyphs.x, y)
      .lineTo(x + glyphs.x + glyphs.width, y)
      .stroke()
      .restore()
  }
}

/** pdfkit reads `structParent` and a string-object `Contents`, which its types leave out. */
const linkOptions = (parent: PDFKit.PDFStructureElement, description: string) =>
  ({
    structParent: parent,
    Contents: new String(description),
  }) as unknown as PDFKit.Mixins.AnnotationOption

/**
 * Draws one line of a text box with its top at `top`. Content is marked in reading order;
 * each link becomes a Link element holding its text and its clickable annotation.
 */
export const drawTextLine = (
  ctx: TextContext,
  box: TextBox,
  index: number,
  x: number,
  top: number,
  target: Target,
) => {
  const line = box.lines[index]
  if (!line || line.glyphs.length === 0) return
  const ordered = [...line.glyphs].sort((a, b) => a.start - b.start)
  if (target === 'artifact') {
    artifact(ctx.doc, () => ordered.forEach((glyphs) => paint(ctx, box, glyphs, x, top)))
    return
  }
  let plain: Glyphs[] = []
  const flush = () => {
    const batch = plain
    plain = []
    if (batch.length > 0) target.mark(() => batch.forEach((g) => paint(ctx, box, g, x, top)))
  }
  for (const glyphs of ordered) {
    const url = glyphs.run.link
    if (!url) {
      plain.push(glyphs)
      continue
    }
    flush()
    const link = target.child('Link')
    link.mark(() => paint(ctx, box, glyphs, x, top))
    ctx.doc.link(
      x + glyphs.x,
      top,
      glyphs.width,
      box.lineHeight,
      url,
      linkOptions(link.element(), `${glyphs.text} (${url})`),
    )
    link.end()
  }
  flush()
}

export const drawTextBox = (
  ctx: TextContext,
  box: TextBox,
  x: number,
  top: number,
  target: Target,
) => {
  box.lines.forEach((_, index) =>
    drawTextLine(ctx, box, index, x, top + index * box.lineHeight, target),
  )
}

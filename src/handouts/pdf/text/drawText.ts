import type { TextContext } from '../context'
import { artifact, type StructTag } from '../tagging'
import type { Glyphs, TextBox } from './textBox'
import type { GlyphRun, Underline } from './textWriter'

/** Where drawn text goes in the structure tree: an element, or nowhere (page furniture). */
export type Target = StructTag | 'artifact'

/**
 * Draws glyph groups of one line, all at once (the fast path writes a line as one text
 * object). Underlines (links) are drawn first, in the group's colour.
 */
const paint = (
  ctx: TextContext,
  box: TextBox,
  groups: readonly Glyphs[],
  x: number,
  top: number,
) => {
  const { size } = box.style
  const runs: GlyphRun[] = []
  const underlines: Underline[] = []
  for (const glyphs of groups) {
    const colour =
      glyphs.run.colour ?? (glyphs.run.link ? ctx.theme.palette.link : box.style.colour)
    runs.push({ face: glyphs.face, text: glyphs.text, x: x + glyphs.x, colour })
    if (glyphs.run.underline || glyphs.run.link) {
      underlines.push({
        x: x + glyphs.x,
        y: top + box.baseline + size * 0.15,
        width: glyphs.width,
        thickness: Math.max(0.5, size * 0.06),
        colour,
      })
    }
  }
  ctx.writeText({ size, baseline: top + box.baseline, runs, underlines })
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
  if (!line || line.glyphs.length === 0) {
    return
  }
  const ordered = [...line.glyphs].sort((a, b) => a.start - b.start)
  if (target === 'artifact') {
    artifact(ctx.doc, () => paint(ctx, box, ordered, x, top))
    return
  }
  let plain: Glyphs[] = []
  const flush = () => {
    const batch = plain
    plain = []
    if (batch.length > 0) {
      target.mark(() => paint(ctx, box, batch, x, top))
    }
  }
  for (const glyphs of ordered) {
    const url = glyphs.run.link
    if (!url) {
      plain.push(glyphs)
      continue
    }
    flush()
    const link = target.child('Link')
    link.mark(() => paint(ctx, box, [glyphs], x, top))
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

import type { TextContext } from '../context'
import { artifact, type StructTag } from '../tagging'
import type { PdfFont } from './pdfFonts'
import { pdfNumber, rgbOperands, showText } from './textOperators'
import type { Glyphs, TextBox } from './textBox'

/** Where drawn text goes in the structure tree: an element, or nowhere (page furniture). */
export type Target = StructTag | 'artifact'

type PageSize = { page: { height: number } }

/**
 * Draws glyph groups of one line with one write to the page: a text object per line rather
 * than pdfkit's `text` per group (which writes a dozen small operators for each), in its
 * coordinates (y down, flipped back for upright glyphs, as pdfkit does). Underlines (links)
 * are drawn first, in the group's colour.
 */
const paint = (
  ctx: TextContext,
  box: TextBox,
  groups: readonly Glyphs[],
  x: number,
  top: number,
) => {
  const { size } = box.style
  const pageHeight = (ctx.doc as unknown as PageSize).page.height
  const y = pageHeight - (top + box.baseline)
  const rules: string[] = []
  const text: string[] = [`q 1 0 0 -1 0 ${pdfNumber(pageHeight)} cm BT`]
  let font: PdfFont | undefined
  let colour: string | undefined
  for (const glyphs of groups) {
    const groupColour =
      glyphs.run.colour ?? (glyphs.run.link ? ctx.theme.palette.link : box.style.colour)
    if (groupColour !== colour) {
      colour = groupColour
      text.push(`${rgbOperands(colour)} rg`)
    }
    const groupFont = ctx.fontOf(glyphs.face)
    if (groupFont !== font) {
      font = groupFont
      text.push(`/${font.id} ${pdfNumber(size)} Tf`)
    }
    text.push(showText(font, glyphs.text, x + glyphs.x, y, size))
    if (glyphs.run.underline || glyphs.run.link) {
      const left = x + glyphs.x
      const under = top + box.baseline + size * 0.15
      rules.push(
        `q ${pdfNumber(Math.max(0.5, size * 0.06))} w ${rgbOperands(groupColour)} RG ` +
          `${pdfNumber(left)} ${pdfNumber(under)} m ${pdfNumber(left + glyphs.width)} ${pdfNumber(under)} l S Q`,
      )
    }
  }
  text.push('ET Q')
  ctx.doc.addContent([...rules, ...text].join('\n'))
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
    artifact(ctx.doc, () => paint(ctx, box, ordered, x, top))
    return
  }
  let plain: Glyphs[] = []
  const flush = () => {
    const batch = plain
    plain = []
    if (batch.length > 0) target.mark(() => paint(ctx, box, batch, x, top))
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

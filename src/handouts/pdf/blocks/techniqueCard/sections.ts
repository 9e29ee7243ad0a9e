import type { RenderContext } from '../../context'
import { fromStart } from '../../layout/direction'
import { piece, type Piece } from '../../layout/piece'
import { textPieces } from '../../layout/textPieces'
import { artifact, type StructTag } from '../../tagging'
import { drawTextLine } from '../../text/drawText'
import { plainRuns } from '../../text/runs'
import { layoutText, type TextBox } from '../../text/textBox'
import { listItemsPieces } from '../list'

const asItems = (texts: readonly string[]) =>
  texts.map((text) => ({ children: [{ type: 'text' as const, text }] }))

/** A small bold label over a section of the card ("Steps", "Take care"). */
export const sectionLabel = (
  ctx: RenderContext,
  text: string,
  tag: StructTag,
  width: number,
  colour?: string,
): Piece[] => {
  const style = ctx.theme.style('cardLabel')
  const box = layoutText(ctx, plainRuns(text), colour ? { ...style, colour } : style, width)
  return textPieces(ctx, box, tag, {
    keepTogether: true,
    keepWithNext: true,
    spaceBefore: ctx.theme.bodySize * 0.9,
    spaceAfter: ctx.theme.bodySize * 0.3,
  })
}

/** A labelled list: numbered steps, or bulleted cues and precautions. */
export const labelledList = (
  ctx: RenderContext,
  options: { label: string; items: readonly string[]; ordered: boolean; colour?: string },
  parent: StructTag,
  width: number,
): Piece[] => {
  if (options.items.length === 0) {
    return []
  }
  const style = { ...ctx.theme.style('cardText'), spaceAfter: ctx.theme.bodySize * 0.3 }
  return [
    ...sectionLabel(ctx, options.label, parent.child('P'), width, options.colour),
    ...listItemsPieces(
      ctx,
      { ordered: options.ordered, items: asItems(options.items) },
      parent,
      width,
      style,
      { markerColour: options.colour, keepItemsTogether: true },
    ),
  ]
}

/**
 * The clinician's note to this patient, highlighted: each line paints its own strip of the
 * background, so the highlight stays whole however the card breaks across pages.
 */
export const notePanel = (
  ctx: RenderContext,
  options: { label: string; note: string },
  parent: StructTag,
  width: number,
): Piece[] => {
  const { theme } = ctx
  const { palette } = theme
  const bar = theme.largePrint ? 5 : 3.5
  const padding = theme.bodySize * 0.75
  const textWidth = width - bar - 2 * padding
  const labelStyle = { ...theme.style('cardLabel'), colour: palette.noteText }
  const noteStyle = { ...theme.style('cardText'), colour: palette.text }
  const tag = parent.child('Div')
  const parts: { box: TextBox; tag: StructTag; line: number }[] = [
    { box: layoutText(ctx, plainRuns(options.label), labelStyle, textWidth), tag: tag.child('P') },
    { box: layoutText(ctx, plainRuns(options.note), noteStyle, textWidth), tag: tag.child('P') },
  ].flatMap(({ box, tag: lineTag }) => box.lines.map((_, line) => ({ box, tag: lineTag, line })))
  return parts.map(({ box, tag: lineTag, line }, index) => {
    const first = index === 0
    const last = index === parts.length - 1
    const top = first ? padding : 0
    const height = box.lineHeight + top + (last ? padding : 0)
    return piece(
      height,
      (x, y) => {
        const { doc } = ctx
        artifact(doc, () => {
          doc.rect(x, y, width, height).fill(palette.noteFill)
          doc.rect(fromStart(ctx, { x, width }, 0, bar), y, bar, height).fill(palette.noteBar)
        })
        const textX = fromStart(ctx, { x, width }, bar + padding, textWidth)
        drawTextLine(ctx, box, line, textX, y + top, lineTag)
      },
      {
        keepWithNext: !last && (index < 3 || index >= parts.length - 2),
        spaceBefore: first ? theme.bodySize * 1.1 : 0,
      },
    )
  })
}

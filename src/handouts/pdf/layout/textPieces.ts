import type { TextContext } from '../context'
import { drawTextLine, type Target } from '../text/drawText'
import type { TextBox } from '../text/textBox'
import { piece, type Piece } from './piece'

export type TextPieceOptions = {
  /** Space before the text at the start edge (left, or right in a right-to-left handout). */
  indent?: number
  /** Keep every line together (headings, labels). */
  keepTogether?: boolean
  /** The last line keeps with the piece after (headings). */
  keepWithNext?: boolean
  /** The text keeps with at least this many pieces after it (headings). */
  keepWithFollowing?: number
  spaceBefore?: number
  spaceAfter?: number
  /** Extra drawing on each line (list labels, quote bars), before the text. */
  decorate?: (line: number, x: number, y: number) => void
}

/**
 * One piece per line. A paragraph keeps its first three lines together (no orphans, and a
 * heading above always has three lines under it) and its last two (no widows).
 */
export const textPieces = (
  ctx: TextContext,
  box: TextBox,
  target: Target,
  options: TextPieceOptions = {},
): Piece[] => {
  const count = box.lines.length
  const indent = options.indent ?? 0
  return box.lines.map((_, line) => {
    const last = line === count - 1
    const keep = last
      ? !!options.keepWithNext
      : !!options.keepTogether || line < 2 || line >= count - 2
    return piece(
      box.lineHeight,
      (x, y) => {
        options.decorate?.(line, x, y)
        drawTextLine(ctx, box, line, ctx.direction === 'rtl' ? x : x + indent, y, target)
      },
      {
        keepWithNext: keep,
        keepWithFollowing: options.keepWithFollowing,
        spaceBefore: line === 0 ? options.spaceBefore : 0,
        spaceAfter: last ? options.spaceAfter : 0,
      },
    )
  })
}

/** Moves pieces in from the start edge, for nesting (sub-lists) without re-laying them out. */
export const indented = (ctx: TextContext, pieces: Piece[], offset: number): Piece[] =>
  ctx.direction === 'rtl'
    ? pieces
    : pieces.map((p) => ({ ...p, draw: (x, y) => p.draw(x + offset, y) }))

import type { RenderContext } from '../context'
import { piece, type Piece } from '../layout/piece'
import { textPieces } from '../layout/textPieces'
import { artifact, type StructTag } from '../tagging'
import { plainRuns } from '../text/runs'
import { layoutText } from '../text/textBox'

/** The clinic's disclaimer, closing the handout in small print under a rule. */
export const disclaimerPieces = (
  ctx: RenderContext,
  disclaimer: string | undefined,
  parent: StructTag,
  width: number,
): Piece[] => {
  const text = typeof disclaimer === 'string' ? disclaimer.trim() : ''
  if (!text) {
    return []
  }
  const { theme, doc } = ctx
  const style = theme.style('disclaimer')
  const rule = piece(
    style.size * 0.9,
    (x, y) => artifact(doc, () => doc.rect(x, y, width, 0.7).fill(theme.palette.rule)),
    { spaceBefore: theme.bodySize * 2, keepWithNext: true },
  )
  const box = layoutText(ctx, plainRuns(text), style, width)
  return [rule, ...textPieces(ctx, box, parent.child('P'))]
}

import { fromStart } from '../layout/direction'
import { textPieces } from '../layout/textPieces'
import { artifact } from '../tagging'
import { runsFromInlines } from '../text/runs'
import { layoutText } from '../text/textBox'
import type { BlockOf, BlockRenderer } from './types'

export const paragraphPieces: BlockRenderer<BlockOf<'paragraph'>> = (ctx, block, parent, width) => {
  const style = ctx.theme.style('paragraph')
  const box = layoutText(ctx, runsFromInlines(block.children), style, width)
  return textPieces(ctx, box, parent.child('P'), {
    spaceBefore: style.spaceBefore,
    spaceAfter: style.spaceAfter,
  })
}

/** A quotation: indented, with a bar in the clinic's colour down its left side. */
export const quotePieces: BlockRenderer<BlockOf<'quote'>> = (ctx, block, parent, width) => {
  const style = ctx.theme.style('quote')
  const bar = Math.max(3, style.size * 0.25)
  const indent = bar + style.size * 1.1
  const box = layoutText(ctx, runsFromInlines(block.children), style, width - indent)
  const { doc } = ctx
  return textPieces(ctx, box, parent.child('BlockQuote').child('P'), {
    indent,
    spaceBefore: style.size * 0.4,
    spaceAfter: style.spaceAfter + style.size * 0.4,
    decorate: (_, x, y) =>
      artifact(doc, () =>
        doc
          .rect(fromStart(ctx, { x, width }, 0, bar), y, bar, box.lineHeight)
          .fill(ctx.theme.palette.cardBorder),
      ),
  })
}

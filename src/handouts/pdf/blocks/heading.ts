import { textPieces } from '../layout/textPieces'
import { plainRuns } from '../text/runs'
import { layoutText } from '../text/textBox'
import type { StyleName } from '../theme'
import type { BlockOf, BlockRenderer } from './types'

const LEVELS = [1, 2, 3] as const

/**
 * Headings keep together and with the three pieces that follow them (lines, or a card taken
 * whole), so a short intro never leaves its heading alone at the foot of a page.
 */
export const headingPieces: BlockRenderer<BlockOf<'heading'>> = (ctx, block, parent, width) => {
  const level = LEVELS.find((l) => l === block.level) ?? 2
  const style = ctx.theme.style(`heading${level}` satisfies StyleName)
  const box = layoutText(ctx, plainRuns(block.text), style, width)
  return textPieces(ctx, box, parent.child(`H${level}`), {
    keepTogether: true,
    keepWithNext: true,
    keepWithFollowing: 3,
    spaceBefore: style.spaceBefore,
    spaceAfter: style.spaceAfter,
  })
}

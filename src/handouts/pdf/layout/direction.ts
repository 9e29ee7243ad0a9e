import type { TextContext } from '../context'

/**
 * Horizontal placement that follows the reading direction: in a right-to-left handout, an item
 * `offset` from the start of a box sits that far from its right edge instead of its left.
 */
export const fromStart = (
  ctx: Pick<TextContext, 'direction'>,
  box: { x: number; width: number },
  offset: number,
  itemWidth: number,
): number => (ctx.direction === 'rtl' ? box.x + box.width - offset - itemWidth : box.x + offset)

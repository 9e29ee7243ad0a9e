import type { Block } from '../../document'
import type { RenderContext } from '../context'
import type { Piece } from '../layout/piece'
import type { StructTag } from '../tagging'
import { calloutPieces } from './callout'
import { contactPieces } from './contact'
import { dosageTablePieces } from './dosageTable'
import { headingPieces } from './heading'
import { imagePieces } from './image'
import { listPieces } from './list'
import { paragraphPieces, quotePieces } from './paragraph'
import { resourceListPieces } from './resourceList'
import { techniqueCardPieces } from './techniqueCard'
import type { BlockRenderer } from './types'

type Renderers = { [T in Block['type']]: BlockRenderer<Extract<Block, { type: T }>> }

const renderers: Renderers = {
  heading: headingPieces,
  paragraph: paragraphPieces,
  list: listPieces,
  quote: quotePieces,
  image: imagePieces,
  techniqueCard: techniqueCardPieces,
  dosageTable: dosageTablePieces,
  callout: calloutPieces,
  resourceList: resourceListPieces,
  contact: contactPieces,
}

/** An unknown block degrades to its text (as a paragraph), or to nothing. */
const fallback = (
  ctx: RenderContext,
  block: unknown,
  parent: StructTag,
  width: number,
): Piece[] => {
  const candidate = block as { text?: unknown; children?: unknown }
  const children = Array.isArray(candidate?.children)
    ? (candidate.children as Extract<Block, { type: 'paragraph' }>['children'])
    : typeof candidate?.text === 'string'
      ? [{ type: 'text' as const, text: candidate.text }]
      : []
  return children.length > 0
    ? paragraphPieces(ctx, { type: 'paragraph', children }, parent, width)
    : []
}

/**
 * Pieces for one block. Building pieces only measures (nothing is drawn yet), so a block whose
 * data trips a renderer is replaced by its plain text instead of failing the whole handout.
 */
export const blockPieces = (
  ctx: RenderContext,
  block: Block,
  parent: StructTag,
  width: number,
): Piece[] => {
  const render = (block && renderers[block.type]) as BlockRenderer<Block> | undefined
  try {
    return render ? render(ctx, block, parent, width) : fallback(ctx, block, parent, width)
  } catch {
    return fallback(ctx, block, parent, width)
  }
}

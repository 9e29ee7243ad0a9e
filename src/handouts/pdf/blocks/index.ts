import type { Block } from '../../document'
import type { RenderContext } from '../context'
import type { Piece } from '../layout/piece'
import type { StructTag } from '../tagging'
import { UnknownKind, unknownBlockKind } from '../../unknownKind'
import { calloutPieces } from './callout'
import { contactPieces } from './contact'
import { dosageTablePieces } from './dosageTable'
import { headingPieces } from './heading'
import { imagePieces } from './image'
import { listPieces } from './list'
import { paragraphPieces, quotePieces } from './paragraph'
import { resourceListPieces } from './resourceList'
import { techniqueCardPieces } from './techniqueCard'

/** A block whose data trips its renderer degrades to its text (as a paragraph), or to nothing. */
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

const piecesOf = (ctx: RenderContext, block: Block, parent: StructTag, width: number): Piece[] => {
  switch (block.type) {
    case 'heading':
      return headingPieces(ctx, block, parent, width)
    case 'paragraph':
      return paragraphPieces(ctx, block, parent, width)
    case 'list':
      return listPieces(ctx, block, parent, width)
    case 'quote':
      return quotePieces(ctx, block, parent, width)
    case 'image':
      return imagePieces(ctx, block, parent, width)
    case 'techniqueCard':
      return techniqueCardPieces(ctx, block, parent, width)
    case 'dosageTable':
      return dosageTablePieces(ctx, block, parent, width)
    case 'callout':
      return calloutPieces(ctx, block, parent, width)
    case 'resourceList':
      return resourceListPieces(ctx, block, parent, width)
    case 'contact':
      return contactPieces(ctx, block, parent, width)
    default:
      return unknownBlockKind(block)
  }
}

/**
 * Pieces for one block. Building pieces only measures (nothing is drawn yet), so a block whose
 * data trips a renderer is replaced by its plain text instead of failing the whole handout. A
 * block or inline of a kind no renderer knows fails the handout, naming the kind.
 */
export const blockPieces = (
  ctx: RenderContext,
  block: Block,
  parent: StructTag,
  width: number,
): Piece[] => {
  try {
    return piecesOf(ctx, block, parent, width)
  } catch (error) {
    if (error instanceof UnknownKind) {
      throw error
    }
    return fallback(ctx, block, parent, width)
  }
}

import type { Block } from '../../document'
import type { RenderContext } from '../context'
import type { Piece } from '../layout/piece'
import type { StructTag } from '../tagging'

/** Turns one block into measured pieces; `parent` is the structure element it belongs to. */
export type BlockRenderer<B> = (
  ctx: RenderContext,
  block: B,
  parent: StructTag,
  width: number,
) => Piece[]

export type BlockOf<T extends Block['type']> = Extract<Block, { type: T }>

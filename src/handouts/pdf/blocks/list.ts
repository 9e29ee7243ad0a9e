import type { ListItem } from '../../document'
import type { RenderContext } from '../context'
import type { Piece } from '../layout/piece'
import { fromStart } from '../layout/direction'
import { indented, textPieces } from '../layout/textPieces'
import type { StructTag } from '../tagging'
import { drawTextLine } from '../text/drawText'
import { plainRuns, runsFromInlines } from '../text/runs'
import { layoutText } from '../text/textBox'
import type { TextStyle } from '../theme'
import type { BlockOf, BlockRenderer } from './types'

const BULLETS = ['•', '◦', '▪']
const MAX_DEPTH = 5
/** Narrowest text column a nested list may shrink to before it stops indenting. */
const MIN_NESTED_WIDTH = 140

const roman = (n: number): string =>
  [
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ].reduce<[string, number]>(
    ([text, rest], [value, numeral]) => {
      const times = Math.floor(rest / (value as number))
      return [text + (numeral as string).repeat(times), rest - times * (value as number)]
    },
    ['', n],
  )[0]

const letter = (n: number): string =>
  n <= 26
    ? String.fromCharCode(96 + n)
    : letter(Math.floor((n - 1) / 26)) + letter(((n - 1) % 26) + 1)

const marker = (ordered: boolean, depth: number, index: number): string => {
  if (!ordered) {
    return BULLETS[depth % BULLETS.length]
  }
  const n = index + 1
  return `${[String(n), letter(n), roman(n)][depth % 3]}.`
}

export type ListSpec = { ordered: boolean; items: readonly ListItem[] }

/** Pieces for a list and its nested lists: L, LI, Lbl and LBody in the structure tree. */
export const listItemsPieces = (
  ctx: RenderContext,
  list: ListSpec,
  parent: StructTag,
  width: number,
  style: TextStyle,
  options: { depth?: number; markerColour?: string; keepItemsTogether?: boolean } = {},
): Piece[] => {
  const depth = options.depth ?? 0
  const items = Array.isArray(list.items) ? list.items : []
  if (items.length === 0) {
    return []
  }
  const tag = parent.child('L')
  const markers = items.map((_, index) => marker(!!list.ordered, depth, index))
  const markerStyle = list.ordered
    ? style
    : { ...style, colour: options.markerColour ?? ctx.theme.palette.primary, bold: true }
  const markerWidth = Math.max(
    style.size * 0.8,
    ...markers.map((m) => layoutText(ctx, plainRuns(m), markerStyle, width).lines[0]?.width ?? 0),
  )
  const gutter = style.size * 0.55
  const indent = markerWidth + gutter
  return items.flatMap((item, index) => {
    const itemTag = tag.child('LI')
    const body = itemTag.child('LBody')
    const label = itemTag.child('Lbl')
    const markerBox = layoutText(ctx, plainRuns(markers[index]), markerStyle, markerWidth, {
      align: ctx.direction === 'rtl' ? 'left' : 'right',
    })
    const box = layoutText(ctx, runsFromInlines(item?.children), style, width - indent)
    const lines = textPieces(ctx, box, body, {
      indent,
      keepTogether: options.keepItemsTogether,
      spaceAfter: style.spaceAfter,
      decorate: (line, x, y) => {
        if (line === 0) {
          drawTextLine(ctx, markerBox, 0, fromStart(ctx, { x, width }, 0, markerWidth), y, label)
        }
      },
    })
    const sub = item?.sublist
    const nested =
      sub && depth < MAX_DEPTH
        ? width - indent >= MIN_NESTED_WIDTH
          ? indented(
              ctx,
              listItemsPieces(ctx, sub, body, width - indent, style, {
                ...options,
                depth: depth + 1,
              }),
              indent,
            )
          : listItemsPieces(ctx, sub, body, width, style, { ...options, depth: depth + 1 })
        : []
    return [...lines, ...nested]
  })
}

export const listPieces: BlockRenderer<BlockOf<'list'>> = (ctx, block, parent, width) => {
  const style = ctx.theme.style('listItem')
  const pieces = listItemsPieces(ctx, block, parent, width, style)
  if (pieces.length === 0) {
    return pieces
  }
  const paragraph = ctx.theme.style('paragraph')
  const last = pieces.length - 1
  return pieces.map((p, i) =>
    i === last ? { ...p, spaceAfter: Math.max(p.spaceAfter, paragraph.spaceAfter) } : p,
  )
}

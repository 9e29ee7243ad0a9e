import type { RenderContext } from '../context'
import { formatHandoutDate } from '../../format/dates'
import { fromStart } from '../layout/direction'
import { piece, type Piece } from '../layout/piece'
import { textPieces } from '../layout/textPieces'
import { artifact, type StructTag } from '../tagging'
import { drawTextBox } from '../text/drawText'
import { plainRuns } from '../text/runs'
import { layoutText, type TextBox } from '../text/textBox'

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * The first page's title block: the handout's title and subtitle, then who it is for, when,
 * and from whom, as labelled pairs set in a row.
 */
export const titleBlockPieces = (ctx: RenderContext, parent: StructTag, width: number): Piece[] => {
  const { theme, meta, labels, doc } = ctx
  const titleStyle = theme.style('title')
  const subtitleStyle = theme.style('subtitle')
  const title = textPieces(
    ctx,
    layoutText(ctx, plainRuns(text(meta.title)), titleStyle, width),
    parent.child('H1'),
    { keepTogether: true, keepWithNext: true, spaceAfter: titleStyle.spaceAfter },
  )
  const subtitle = text(meta.subtitle)
    ? textPieces(
        ctx,
        layoutText(ctx, plainRuns(text(meta.subtitle)), subtitleStyle, width),
        parent.child('P'),
        { keepTogether: true, keepWithNext: true, spaceAfter: subtitleStyle.spaceAfter },
      )
    : []
  const pairs = [
    [labels.preparedFor, text(meta.patientName)],
    [labels.date, text(meta.date) && formatHandoutDate(text(meta.date), ctx.meta.language)],
    [labels.clinician, text(meta.clinicianName)],
  ].filter(([, value]) => value)
  const details = pairs.length > 0 ? [detailsPiece(ctx, pairs, parent, width)] : []
  const rule = piece(
    theme.bodySize * 1.2,
    (x, y) =>
      artifact(doc, () => {
        doc.rect(x, y + theme.bodySize * 0.6, width, 2).fill(theme.palette.accentFill)
      }),
    { spaceBefore: 2 },
  )
  return [...title, ...subtitle, ...details, rule]
}

/** Label over value, in columns; columns wrap to a second row when they don't fit. */
const detailsPiece = (ctx: RenderContext, pairs: string[][], parent: StructTag, width: number) => {
  const { theme } = ctx
  const labelStyle = theme.style('metaLabel')
  const valueStyle = theme.style('metaValue')
  const gap = theme.bodySize * 2
  const cellsAt = (columns: number) => {
    const columnWidth = (width - gap * (columns - 1)) / columns
    const cells = pairs.map(([label, value]) => ({
      label: layoutText(ctx, plainRuns(label), labelStyle, columnWidth),
      value: layoutText(ctx, plainRuns(value), valueStyle, columnWidth),
    }))
    return { columns, columnWidth, cells }
  }
  // Large print: as many columns as keep each value on one line, so page 1 has room for what
  // follows the title, the safety box.
  const layouts = (theme.largePrint ? [3, 2, 1] : [3])
    .map((columns) => Math.min(columns, pairs.length))
    .map(cellsAt)
  const { columns, columnWidth, cells } =
    layouts.find(({ cells }) => cells.every((cell) => cell.value.lines.length <= 1)) ??
    layouts[layouts.length - 1]
  const rows: (typeof cells)[] = []
  for (let i = 0; i < cells.length; i += columns) {
    rows.push(cells.slice(i, i + columns))
  }
  const rowHeight = (row: typeof cells) =>
    Math.max(...row.map((cell) => cell.label.height + cell.value.height))
  const rowGap = theme.bodySize * 0.5
  const height = rows.reduce((sum, row) => sum + rowHeight(row), 0) + rowGap * (rows.length - 1)
  const tag = parent.child('P')
  const draw = (box: TextBox, x: number, y: number) => drawTextBox(ctx, box, x, y, tag)
  return piece(
    height,
    (x, y) => {
      let top = y
      for (const row of rows) {
        row.forEach((cell, column) => {
          const left = fromStart(ctx, { x, width }, column * (columnWidth + gap), columnWidth)
          draw(cell.label, left, top)
          draw(cell.value, left, top + cell.label.height)
        })
        top += rowHeight(row) + rowGap
      }
    },
    { keepWithNext: true, spaceBefore: theme.bodySize * 0.3, spaceAfter: 4 },
  )
}

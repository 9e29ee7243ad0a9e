import type { DosageRow } from '../../document'
import type { RenderContext } from '../context'
import { fromStart } from '../layout/direction'
import { piece, type Piece } from '../layout/piece'
import { textPieces } from '../layout/textPieces'
import { artifact, type StructTag } from '../tagging'
import { drawTextBox } from '../text/drawText'
import { plainRuns } from '../text/runs'
import { layoutText } from '../text/textBox'
import type { BlockOf, BlockRenderer } from './types'

/** Rows with a label and a value, both non-empty after trimming. */
export const cleanRows = (rows: unknown): DosageRow[] =>
  (Array.isArray(rows) ? rows : [])
    .filter(
      (row): row is DosageRow =>
        !!row && typeof row.label === 'string' && typeof row.value === 'string',
    )
    .map((row) => ({ label: row.label.trim(), value: row.value.trim() }))
    .filter((row) => row.label || row.value)

/**
 * A two-column table (label | value), one piece per row so a long table breaks between rows.
 * Tagged as Table, TR, TH (row headers) and TD.
 */
export const dosageRowsPieces = (
  ctx: RenderContext,
  rows: DosageRow[],
  table: StructTag,
  width: number,
): Piece[] => {
  const { palette } = ctx.theme
  const labelStyle = { ...ctx.theme.style('paragraph'), bold: true, colour: palette.text }
  const valueStyle = ctx.theme.style('paragraph')
  const padX = labelStyle.size * 0.7
  const padY = labelStyle.size * 0.45
  const widest = Math.max(
    ...rows.map((r) => layoutText(ctx, plainRuns(r.label), labelStyle, width).lines[0]?.width ?? 0),
  )
  const labelWidth = Math.min(width * 0.45, widest + 2 * padX + 1)
  return rows.map((row, index) => {
    const label = layoutText(ctx, plainRuns(row.label), labelStyle, labelWidth - 2 * padX)
    const value = layoutText(ctx, plainRuns(row.value), valueStyle, width - labelWidth - 2 * padX)
    const height = Math.max(label.height, value.height) + 2 * padY
    const tr = table.child('TR')
    const th = tr.child('TH', { scope: 'Row' })
    const td = tr.child('TD')
    return piece(
      height,
      (x, y) => {
        const { doc } = ctx
        artifact(doc, () => {
          doc.save()
          doc
            .rect(fromStart(ctx, { x, width }, 0, labelWidth), y, labelWidth, height)
            .fill(palette.cardFill)
          if (index === 0) {
            doc.rect(x, y, width, 1.4).fill(palette.primaryFill)
          }
          doc
            .moveTo(x, y + height)
            .lineTo(x + width, y + height)
            .lineWidth(0.7)
            .stroke(palette.rule)
          doc.restore()
        })
        const box = { x, width }
        drawTextBox(ctx, label, fromStart(ctx, box, padX, label.width), y + padY, th)
        drawTextBox(ctx, value, fromStart(ctx, box, labelWidth + padX, value.width), y + padY, td)
      },
      { keepWithNext: index === 0 && rows.length > 1 },
    )
  })
}

export const dosageTablePieces: BlockRenderer<BlockOf<'dosageTable'>> = (
  ctx,
  block,
  parent,
  width,
) => {
  const rows = cleanRows(block.rows)
  if (rows.length === 0) {
    return []
  }
  const table = parent.child('Table')
  const paragraph = ctx.theme.style('paragraph')
  const caption = typeof block.caption === 'string' ? block.caption.trim() : ''
  const captionPieces = caption
    ? textPieces(
        ctx,
        layoutText(
          ctx,
          plainRuns(caption),
          { ...ctx.theme.style('heading3'), spaceBefore: 0 },
          width,
        ),
        table.child('Caption'),
        { keepTogether: true, keepWithNext: true, spaceAfter: paragraph.size * 0.4 },
      )
    : []
  const pieces = [...captionPieces, ...dosageRowsPieces(ctx, rows, table, width)]
  pieces[0] = { ...pieces[0], spaceBefore: paragraph.size * 0.6 }
  const last = pieces.length - 1
  pieces[last] = { ...pieces[last], spaceAfter: paragraph.spaceAfter * 1.5 }
  return pieces
}

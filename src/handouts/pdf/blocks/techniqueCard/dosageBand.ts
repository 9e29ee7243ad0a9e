import type { DosageRow } from '../../../document'
import type { RenderContext } from '../../context'
import { fromStart } from '../../layout/direction'
import { piece, type Piece } from '../../layout/piece'
import { artifact, type StructTag } from '../../tagging'
import { drawTextBox } from '../../text/drawText'
import { plainRuns } from '../../text/runs'
import { layoutText } from '../../text/textBox'

/**
 * How much to do, as a row of cells: a small label over a bold value ("Reps / 10"). Four
 * cells a row (two in large print); tagged as a table of row headers and values.
 */
export const dosageBand = (
  ctx: RenderContext,
  rows: readonly DosageRow[],
  parent: StructTag,
  width: number,
): Piece[] => {
  if (rows.length === 0) {
    return []
  }
  const { theme } = ctx
  const columns = Math.min(rows.length, theme.largePrint ? 2 : 4)
  const cellWidth = width / columns
  const padding = theme.bodySize * 0.6
  const labelStyle = theme.style('dosageLabel')
  const valueStyle = theme.style('dosageValue')
  const table = parent.child('Table')
  const bands: DosageRow[][] = []
  for (let i = 0; i < rows.length; i += columns) {
    bands.push(rows.slice(i, i + columns))
  }
  return bands.map((band, bandIndex) => {
    const cells = band.map((row) => {
      const tr = table.child('TR')
      return {
        label: layoutText(ctx, plainRuns(row.label), labelStyle, cellWidth - 2 * padding),
        value: layoutText(ctx, plainRuns(row.value), valueStyle, cellWidth - 2 * padding),
        th: tr.child('TH', { scope: 'Row' }),
        td: tr.child('TD'),
      }
    })
    const height = Math.max(...cells.map((c) => c.label.height + c.value.height)) + 2 * padding
    return piece(
      height,
      (x, y) => {
        const { doc } = ctx
        artifact(doc, () => {
          doc.save()
          doc.roundedRect(x, y, width, height, 4).fill('#FFFFFF')
          doc
            .roundedRect(x + 0.4, y + 0.4, width - 0.8, height - 0.8, 4)
            .lineWidth(0.8)
            .stroke(theme.palette.cardBorder)
          for (let c = 1; c < cells.length; c++) {
            const divider = fromStart(ctx, { x, width }, c * cellWidth, 0)
            doc
              .moveTo(divider, y + padding * 0.6)
              .lineTo(divider, y + height - padding * 0.6)
              .lineWidth(0.6)
              .stroke(theme.palette.rule)
          }
          doc.restore()
        })
        cells.forEach((cell, c) => {
          const left = fromStart(
            ctx,
            { x, width },
            c * cellWidth + padding,
            cellWidth - 2 * padding,
          )
          drawTextBox(ctx, cell.label, left, y + padding, cell.th)
          drawTextBox(ctx, cell.value, left, y + padding + cell.label.height, cell.td)
        })
      },
      {
        keepWithNext: bandIndex < bands.length - 1,
        keepLoosely: true,
        spaceBefore: bandIndex > 0 ? theme.bodySize * 0.4 : 0,
      },
    )
  })
}

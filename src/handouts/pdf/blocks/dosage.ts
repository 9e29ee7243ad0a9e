import type { DosageRow } from '../../document'
import type { RenderContext } from '../context'
import { fromStart } from '../layout/direction'
import { piece, type Piece } from '../layout/piece'
import { artifact, type StructTag } from '../tagging'
import { drawTextBox } from '../text/drawText'
import { plainRuns } from '../text/runs'
import { layoutText, type TextBox } from '../text/textBox'
import type { TextStyle } from '../theme'

/**
 * How a dosage is set. `table`, the dosage table block: one row a line, its label in a tinted
 * column beside the value, a rule under each row. `band`, inside a technique card: up to four
 * rows side by side (two in large print) in a white box, each a small label over a bold value.
 */
export type DosageLook = 'table' | 'band'

type Setting = {
  /** Rows set side by side on one line. */
  columns: number
  labelStyle: TextStyle
  valueStyle: TextStyle
  padX: number
  padY: number
  /** The label's column beside its value; without it, the label stands over the value. */
  labelWidth?: number
}

const settingFor = (
  ctx: RenderContext,
  rows: readonly DosageRow[],
  width: number,
  look: DosageLook,
): Setting => {
  const { theme } = ctx
  if (look === 'band') {
    const padding = theme.bodySize * 0.6
    return {
      columns: Math.min(rows.length, theme.largePrint ? 2 : 4),
      labelStyle: theme.style('dosageLabel'),
      valueStyle: theme.style('dosageValue'),
      padX: padding,
      padY: padding,
    }
  }
  const labelStyle = { ...theme.style('paragraph'), bold: true, colour: theme.palette.text }
  const padX = labelStyle.size * 0.7
  const widest = Math.max(
    ...rows.map((r) => layoutText(ctx, plainRuns(r.label), labelStyle, width).lines[0]?.width ?? 0),
  )
  return {
    columns: 1,
    labelStyle,
    valueStyle: theme.style('paragraph'),
    padX,
    padY: labelStyle.size * 0.45,
    labelWidth: Math.min(width * 0.45, widest + 2 * padX + 1),
  }
}

type Cell = { label: TextBox; value: TextBox; th: StructTag; td: StructTag }

/** The table's label column and rules, or the band's box and the dividers between its cells. */
const paint = (
  ctx: RenderContext,
  look: DosageLook,
  setting: Setting,
  line: { x: number; y: number; width: number; height: number; cells: number; first: boolean },
) => {
  const { doc, theme } = ctx
  const { palette } = theme
  const { x, y, width, height } = line
  artifact(doc, () => {
    doc.save()
    if (look === 'table') {
      const labelWidth = setting.labelWidth ?? 0
      doc
        .rect(fromStart(ctx, { x, width }, 0, labelWidth), y, labelWidth, height)
        .fill(palette.cardFill)
      if (line.first) {
        doc.rect(x, y, width, 1.4).fill(palette.primaryFill)
      }
      doc
        .moveTo(x, y + height)
        .lineTo(x + width, y + height)
        .lineWidth(0.7)
        .stroke(palette.rule)
    } else {
      doc.roundedRect(x, y, width, height, 4).fill('#FFFFFF')
      doc
        .roundedRect(x + 0.4, y + 0.4, width - 0.8, height - 0.8, 4)
        .lineWidth(0.8)
        .stroke(palette.cardBorder)
      const cellWidth = width / setting.columns
      for (let c = 1; c < line.cells; c++) {
        const divider = fromStart(ctx, { x, width }, c * cellWidth, 0)
        doc
          .moveTo(divider, y + setting.padY * 0.6)
          .lineTo(divider, y + height - setting.padY * 0.6)
          .lineWidth(0.6)
          .stroke(palette.rule)
      }
    }
    doc.restore()
  })
}

/**
 * A dosage's rows, as a table or as a card's band (see `DosageLook`): one piece a line, so a
 * long dosage breaks between lines. Each row is tagged as a table row of a row header (its
 * label) and a cell (its value) in `table`.
 */
export const dosagePieces = (
  ctx: RenderContext,
  rows: readonly DosageRow[],
  table: StructTag,
  width: number,
  look: DosageLook,
): Piece[] => {
  if (rows.length === 0) {
    return []
  }
  const setting = settingFor(ctx, rows, width, look)
  const { columns, labelStyle, valueStyle, padX, padY, labelWidth } = setting
  const cellWidth = width / columns
  const labelBoxWidth = (labelWidth ?? cellWidth) - 2 * padX
  const valueBoxWidth = cellWidth - (labelWidth ?? 0) - 2 * padX
  const lines: DosageRow[][] = []
  for (let i = 0; i < rows.length; i += columns) {
    lines.push(rows.slice(i, i + columns))
  }
  return lines.map((line, index) => {
    const cells = line.map((row): Cell => {
      const tr = table.child('TR')
      return {
        label: layoutText(ctx, plainRuns(row.label), labelStyle, labelBoxWidth),
        value: layoutText(ctx, plainRuns(row.value), valueStyle, valueBoxWidth),
        th: tr.child('TH', { scope: 'Row' }),
        td: tr.child('TD'),
      }
    })
    const cellHeight = (cell: Cell) =>
      labelWidth === undefined
        ? cell.label.height + cell.value.height
        : Math.max(cell.label.height, cell.value.height)
    const height = Math.max(...cells.map(cellHeight)) + 2 * padY
    const last = index === lines.length - 1
    return piece(
      height,
      (x, y) => {
        paint(ctx, look, setting, { x, y, width, height, cells: cells.length, first: index === 0 })
        const box = { x, width }
        cells.forEach((cell, c) => {
          const start = c * cellWidth + padX
          drawTextBox(ctx, cell.label, fromStart(ctx, box, start, labelBoxWidth), y + padY, cell.th)
          const [valueStart, valueTop] =
            labelWidth === undefined
              ? [start, y + padY + cell.label.height]
              : [c * cellWidth + labelWidth + padX, y + padY]
          drawTextBox(
            ctx,
            cell.value,
            fromStart(ctx, box, valueStart, valueBoxWidth),
            valueTop,
            cell.td,
          )
        })
      },
      look === 'band'
        ? {
            keepWithNext: !last,
            keepLoosely: true,
            spaceBefore: index > 0 ? ctx.theme.bodySize * 0.4 : 0,
          }
        : { keepWithNext: index === 0 && !last },
    )
  })
}

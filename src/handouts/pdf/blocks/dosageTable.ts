import { dosageRowsToShow } from '../../format/dosage'
import { textPieces } from '../layout/textPieces'
import { plainRuns } from '../text/runs'
import { layoutText } from '../text/textBox'
import { dosagePieces } from './dosage'
import type { BlockOf, BlockRenderer } from './types'

/** A captioned dosage table (label | value), tagged as Table with a Caption, TR, TH and TD. */
export const dosageTablePieces: BlockRenderer<BlockOf<'dosageTable'>> = (
  ctx,
  block,
  parent,
  width,
) => {
  const rows = dosageRowsToShow(block.rows)
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
  const pieces = [...captionPieces, ...dosagePieces(ctx, rows, table, width, 'table')]
  pieces[0] = { ...pieces[0], spaceBefore: paragraph.size * 0.6 }
  const last = pieces.length - 1
  pieces[last] = { ...pieces[last], spaceAfter: paragraph.spaceAfter * 1.5 }
  return pieces
}

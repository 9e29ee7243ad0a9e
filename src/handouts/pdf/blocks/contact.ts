import { piece } from '../layout/piece'
import { textPieces } from '../layout/textPieces'
import { artifact } from '../tagging'
import { plainRuns } from '../text/runs'
import { layoutText } from '../text/textBox'
import type { BlockOf, BlockRenderer } from './types'

/** The sign-off: a short rule, the clinician's name, then how to reach the clinic. Kept whole. */
export const contactPieces: BlockRenderer<BlockOf<'contact'>> = (ctx, block, parent, width) => {
  const { theme } = ctx
  const lines = (Array.isArray(block.lines) ? block.lines : [])
    .filter((line): line is string => typeof line === 'string' && line.trim() !== '')
    .map((line) => line.trim())
  const signature = typeof block.signature === 'string' ? block.signature.trim() : ''
  if (lines.length === 0 && !signature) {
    return []
  }
  const tag = parent.child('Div')
  const paragraph = theme.style('paragraph')
  const rule = piece(
    paragraph.size * 0.9,
    (x, y) =>
      artifact(ctx.doc, () =>
        ctx.doc.rect(x, y, Math.min(width, 120), 1.5).fill(theme.palette.primaryFill),
      ),
    { spaceBefore: paragraph.size * 1.5, keepWithNext: true },
  )
  const signaturePieces = signature
    ? textPieces(
        ctx,
        layoutText(ctx, plainRuns(signature), theme.style('signature'), width),
        tag.child('P'),
        {
          keepTogether: true,
          spaceAfter: paragraph.size * 0.2,
        },
      )
    : []
  const linePieces = lines.flatMap((line) =>
    textPieces(
      ctx,
      layoutText(ctx, plainRuns(line), theme.style('contactLine'), width),
      tag.child('P'),
    ),
  )
  const pieces = [rule, ...signaturePieces, ...linePieces]
  return pieces.map((p, i) => ({
    ...p,
    keepWithNext: i < pieces.length - 1,
    spaceAfter: i === pieces.length - 1 ? paragraph.spaceAfter : p.spaceAfter,
  }))
}

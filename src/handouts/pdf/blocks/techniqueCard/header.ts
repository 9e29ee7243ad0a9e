import type { RenderContext } from '../../context'
import { fromStart } from '../../layout/direction'
import { piece, type Piece } from '../../layout/piece'
import { artifact, type StructTag } from '../../tagging'
import { drawTextBox, type Target } from '../../text/drawText'
import { plainRuns } from '../../text/runs'
import { layoutText } from '../../text/textBox'

/** The card's number in a filled circle, then its name and summary beside it. */
export const cardHeader = (
  ctx: RenderContext,
  options: { number: number; name: string; summary?: string; width: number },
  tags: { heading: Target; summary: StructTag | 'artifact' },
): Piece => {
  const { theme } = ctx
  const nameStyle = theme.style('cardName')
  const badge = Math.round(nameStyle.size * 1.85)
  const gap = nameStyle.size * 0.7
  const textWidth = options.width - badge - gap
  const numberBox = layoutText(
    ctx,
    plainRuns(String(options.number)),
    { ...nameStyle, size: nameStyle.size * 0.92, colour: theme.palette.onPrimary, leading: 1 },
    badge,
    { align: 'center' },
  )
  const nameBox = layoutText(ctx, plainRuns(options.name), nameStyle, textWidth)
  const summaryBox = options.summary
    ? layoutText(ctx, plainRuns(options.summary), theme.style('cardSummary'), textWidth)
    : undefined
  const textHeight = nameBox.height + (summaryBox ? summaryBox.height + 2 : 0)
  // The first line of the name is centred on the badge.
  const nameTop = Math.max(0, (badge - nameBox.lineHeight) / 2)
  const height = Math.max(badge, nameTop + textHeight)
  return piece(
    height,
    (x, y) => {
      const { doc } = ctx
      const box = { x, width: options.width }
      const badgeX = fromStart(ctx, box, 0, badge)
      const textX = fromStart(ctx, box, badge + gap, textWidth)
      artifact(doc, () =>
        doc.circle(badgeX + badge / 2, y + badge / 2, badge / 2).fill(theme.palette.primaryFill),
      )
      drawTextBox(ctx, numberBox, badgeX, y + (badge - numberBox.lineHeight) / 2, tags.heading)
      drawTextBox(ctx, nameBox, textX, y + nameTop, tags.heading)
      if (summaryBox) {
        drawTextBox(ctx, summaryBox, textX, y + nameTop + nameBox.height + 2, tags.summary)
      }
    },
    { keepWithNext: true },
  )
}

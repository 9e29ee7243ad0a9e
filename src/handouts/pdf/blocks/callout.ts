import type { RenderContext } from '../context'
import { fromStart } from '../layout/direction'
import { framed, type Frame, type Piece } from '../layout/piece'
import { textPieces } from '../layout/textPieces'
import { artifact, type StructTag } from '../tagging'
import { plainRuns, runsFromInlines } from '../text/runs'
import { layoutText } from '../text/textBox'
import { listItemsPieces } from './list'
import type { BlockOf, BlockRenderer } from './types'

type Tone = 'warning' | 'tip'

const toneColours = (ctx: RenderContext, tone: Tone) => {
  const { palette } = ctx.theme
  return tone === 'warning'
    ? { fill: palette.warningFill, border: palette.warningBorder, title: palette.warning }
    : { fill: palette.tipFill, border: palette.tipBorder, title: palette.accent }
}

/** A warning triangle with an exclamation mark, or a tip's filled circle with an "i". */
const drawIcon = (ctx: RenderContext, tone: Tone, x: number, y: number, size: number) => {
  const { doc } = ctx
  const { border } = toneColours(ctx, tone)
  artifact(doc, () => {
    doc.save()
    if (tone === 'warning') {
      doc
        .polygon([x + size / 2, y], [x + size, y + size * 0.9], [x, y + size * 0.9])
        .lineJoin('round')
        .lineWidth(size * 0.08)
        .fillAndStroke(border, border)
      doc.rect(x + size * 0.455, y + size * 0.3, size * 0.09, size * 0.32).fill('#FFFFFF')
      doc.circle(x + size / 2, y + size * 0.74, size * 0.055).fill('#FFFFFF')
    } else {
      doc.circle(x + size / 2, y + size / 2, size / 2).fill(border)
      doc.circle(x + size / 2, y + size * 0.28, size * 0.07).fill('#FFFFFF')
      doc.rect(x + size * 0.44, y + size * 0.42, size * 0.12, size * 0.34).fill('#FFFFFF')
    }
    doc.restore()
  })
}

const calloutFrame = (
  ctx: RenderContext,
  tone: Tone,
  padding: number,
  bar: number,
  continuation?: () => Piece[],
): Frame => {
  const colours = toneColours(ctx, tone)
  return {
    inset:
      ctx.direction === 'rtl'
        ? { top: padding, bottom: padding, left: padding, right: bar + padding }
        : { top: padding, bottom: padding, left: bar + padding, right: padding },
    keepTogether: !continuation,
    continuation,
    paint: ({ x, y, width, height }) => {
      const { doc } = ctx
      doc.save()
      doc.roundedRect(x, y, width, height, 5).fill(colours.fill)
      doc
        .roundedRect(x + 0.5, y + 0.5, width - 1, height - 1, 5)
        .lineWidth(tone === 'warning' ? 1.2 : 0.8)
        .stroke(colours.border)
      doc.roundedRect(fromStart(ctx, { x, width }, 0, bar), y, bar, height, 2).fill(colours.border)
      doc.restore()
    },
  }
}

/**
 * A safety box ("Stop and call us if…") or a tip: a tinted, bordered box with an icon and a
 * bold title. Kept on one page whenever it fits; a breakable one starts where it stands and goes
 * on over the page under its title "(continued)".
 */
export const calloutPieces: BlockRenderer<BlockOf<'callout'>> = (ctx, block, parent, width) => {
  const tone: Tone = block.tone === 'warning' ? 'warning' : 'tip'
  const { theme } = ctx
  const body = theme.style('calloutText')
  const padding = body.size * (theme.largePrint ? 0.9 : 1)
  const bar = theme.largePrint ? 7 : 5
  const inset = calloutFrame(ctx, tone, padding, bar).inset
  const inner = width - inset.left - inset.right
  const titleStyle = { ...theme.style('calloutTitle'), colour: toneColours(ctx, tone).title }
  const icon = titleStyle.size * 1.15
  const iconGap = titleStyle.size * 0.5
  const title =
    (typeof block.title === 'string' && block.title.trim()) ||
    (tone === 'warning' ? ctx.labels.warning : ctx.labels.tip)
  const tag = parent.child('Div')
  const titleLine = (text: string, titleTag: StructTag | 'artifact') => {
    const titleBox = layoutText(ctx, plainRuns(text), titleStyle, inner - icon - iconGap)
    return textPieces(ctx, titleBox, titleTag, {
      indent: icon + iconGap,
      keepTogether: true,
      keepWithNext: true,
      spaceAfter: body.size * 0.45,
      decorate: (line, x, y) => {
        if (line === 0) {
          const iconX = fromStart(ctx, { x, width: inner }, 0, icon)
          drawIcon(ctx, tone, iconX, y + (titleBox.lineHeight - icon) / 2, icon)
        }
      },
    })
  }
  const titlePieces = titleLine(title, tag.child('P'))
  const frame = calloutFrame(
    ctx,
    tone,
    padding,
    bar,
    block.breakable ? () => titleLine(ctx.labels.continued(title), 'artifact') : undefined,
  )
  const paragraph = runsFromInlines(block.children)
  const textPiecesOfBody: Piece[] =
    paragraph.length > 0
      ? textPieces(ctx, layoutText(ctx, paragraph, body, inner), tag.child('P'), {
          spaceAfter: body.size * 0.4,
        })
      : []
  const items = (Array.isArray(block.items) ? block.items : []).filter((i) => typeof i === 'string')
  const listPieces = listItemsPieces(
    ctx,
    { ordered: false, items: items.map((text) => ({ children: [{ type: 'text', text }] })) },
    tag,
    inner,
    { ...body, spaceAfter: body.size * 0.25 },
    { markerColour: toneColours(ctx, tone).title },
  )
  const content = [...titlePieces, ...textPiecesOfBody, ...listPieces]
  const paragraphStyle = theme.style('paragraph')
  const pieces = framed(content, frame)
  pieces[0] = { ...pieces[0], spaceBefore: paragraphStyle.size * 0.6 }
  const last = pieces.length - 1
  pieces[last] = { ...pieces[last], spaceAfter: paragraphStyle.spaceAfter * 1.6 }
  return pieces
}

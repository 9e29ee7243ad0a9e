import type { HandoutImage } from '../../document'
import type { RenderContext } from '../context'
import { embedImage, fitWithin } from '../images/embed'
import { piece, type Piece } from '../layout/piece'
import { textPieces } from '../layout/textPieces'
import { artifact, type StructTag } from '../tagging'
import { drawTextBox } from '../text/drawText'
import { plainRuns } from '../text/runs'
import { layoutText } from '../text/textBox'
import type { BlockOf, BlockRenderer } from './types'

/** Points per image pixel at natural size (96 dpi); large print allows half as big again. */
const POINTS_PER_PIXEL = 0.75

const altText = (image: HandoutImage | undefined, caption?: string) =>
  (typeof image?.alt === 'string' && image.alt.trim()) || caption?.trim() || ''

/** In place of an image that can't be drawn: its description, in a quiet dashed box. */
export const missingImagePiece = (
  ctx: RenderContext,
  alt: string,
  parent: StructTag,
  width: number,
): Piece => {
  const style = ctx.theme.style('missingImage')
  const padding = style.size * 0.9
  const text = alt ? `${ctx.labels.picture}: ${alt}` : ctx.labels.picture
  const box = layoutText(ctx, plainRuns(text), style, width - 2 * padding)
  const height = box.height + 2 * padding
  const tag = parent.child('P')
  return piece(height, (x, y) => {
    const { doc } = ctx
    artifact(doc, () =>
      doc
        .save()
        .roundedRect(x + 0.5, y + 0.5, width - 1, height - 1, 4)
        .lineWidth(0.8)
        .dash(3, { space: 2.5 })
        .fillAndStroke(ctx.theme.palette.subtleFill, ctx.theme.palette.rule)
        .undash()
        .restore(),
    )
    drawTextBox(ctx, box, x + padding, y + padding, tag)
  })
}

export type FigureOptions = {
  maxWidth: number
  maxHeight: number
  align?: 'left' | 'center'
  /** A hairline around the image, for pictures with a white ground on a tinted card. */
  border?: string
}

/**
 * An image scaled to fit (never past the bounds, never distorted), tagged as a Figure with its
 * alt text. Unreadable bytes give the description box instead.
 */
export const figurePiece = (
  ctx: RenderContext,
  image: HandoutImage | undefined,
  parent: StructTag,
  options: FigureOptions,
  caption?: string,
): Piece => {
  const alt = altText(image, caption)
  const embedded = embedImage(ctx, image)
  if (!embedded) {
    return missingImagePiece(ctx, alt, parent, options.maxWidth)
  }
  const growth = ctx.theme.largePrint ? 1.5 : 1
  const natural = {
    width: embedded.width * POINTS_PER_PIXEL * growth,
    height: embedded.height * POINTS_PER_PIXEL * growth,
  }
  const size = fitWithin(
    embedded,
    Math.min(options.maxWidth, natural.width),
    Math.min(options.maxHeight, natural.height),
  )
  const tag = parent.child('Figure', { alt: alt || ctx.labels.picture })
  const offset = options.align === 'left' ? 0 : (options.maxWidth - size.width) / 2
  const { border } = options
  return piece(size.height, (x, y) => {
    tag.mark(() => embedded.draw(x + offset, y, size.width, size.height))
    if (border) {
      artifact(ctx.doc, () =>
        ctx.doc
          .rect(x + offset, y, size.width, size.height)
          .lineWidth(0.75)
          .stroke(border),
      )
    }
  })
}

export const imagePieces: BlockRenderer<BlockOf<'image'>> = (ctx, block, parent, width) => {
  const { page, theme } = ctx
  const bodyHeight = page.bodyBottom - page.bodyTop
  const caption = typeof block.caption === 'string' ? block.caption.trim() : ''
  const paragraph = theme.style('paragraph')
  const figure = figurePiece(
    ctx,
    block.image,
    parent,
    { maxWidth: width, maxHeight: bodyHeight * (theme.largePrint ? 0.7 : 0.55) },
    caption,
  )
  if (!caption) {
    return [
      { ...figure, spaceBefore: paragraph.size * 0.5, spaceAfter: paragraph.spaceAfter * 1.5 },
    ]
  }
  const style = theme.style('caption')
  const box = layoutText(ctx, plainRuns(caption), style, width, { align: 'center' })
  return [
    { ...figure, spaceBefore: paragraph.size * 0.5, keepWithNext: true },
    ...textPieces(ctx, box, parent.child('P'), {
      keepTogether: true,
      spaceBefore: style.size * 0.6,
      spaceAfter: paragraph.spaceAfter * 1.5,
    }),
  ]
}

import { dosageRowsToShow } from '../../../format/dosage'
import type { RenderContext } from '../../context'
import { fromStart } from '../../layout/direction'
import { framed, piece, type Frame, type Piece } from '../../layout/piece'
import { stacked } from '../../layout/stack'
import type { StructTag } from '../../tagging'
import { dosagePieces } from '../dosage'
import { figurePiece } from '../image'
import type { BlockOf, BlockRenderer } from '../types'
import { cardHeader } from './header'
import { labelledList, notePanel, sectionLabel } from './sections'

type Card = BlockOf<'techniqueCard'>

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
const texts = (values: unknown): string[] =>
  (Array.isArray(values) ? values : []).map(text).filter((value) => value !== '')

/** Share of the card's width given to the illustration beside the steps. */
const SIDE_IMAGE_SHARE = 0.4
/** The side-by-side layout is used only while it stays this small, so the card can stay whole. */
const SIDE_BY_SIDE_MAX_SHARE_OF_PAGE = 0.6
/** A full-width illustration (large print) is at most this share of the page's body tall. */
const FULL_WIDTH_FIGURE_MAX_SHARE_OF_PAGE = 0.3

const cardFrame = (
  ctx: RenderContext,
  padding: number,
  continuation: () => Piece[],
  keepTogether: boolean,
): Frame => ({
  inset: { top: padding, bottom: padding, left: padding, right: padding },
  keepTogether,
  paint: ({ x, y, width, height }) => {
    const { doc, theme } = ctx
    doc.save()
    doc.roundedRect(x, y, width, height, 8).fill(theme.palette.cardFill)
    doc
      .roundedRect(x + 0.5, y + 0.5, width - 1, height - 1, 8)
      .lineWidth(theme.largePrint ? 1.5 : 1)
      .stroke(theme.palette.cardBorder)
    doc.restore()
  },
  continuation,
})

/**
 * The column of header and steps with the figure beside it: one piece as tall as the figure
 * (with the header and the steps beside it), then the steps below the figure one by one, so
 * the card can break between them.
 */
const besideFigure = (
  ctx: RenderContext,
  columnPieces: Piece[],
  figure: Piece,
  sizes: { width: number; columnWidth: number; gap: number; imageWidth: number },
): Piece[] => {
  const { width, columnWidth, gap, imageWidth } = sizes
  let count = 0
  let height = 0
  while (
    count < columnPieces.length &&
    (height < figure.height || columnPieces[count - 1].keepWithNext)
  ) {
    const above = columnPieces[count - 1]
    height += above ? Math.max(above.spaceAfter, columnPieces[count].spaceBefore) : 0
    height += columnPieces[count].height
    count++
  }
  const beside = columnPieces.slice(0, count)
  const column = stacked(beside)
  const inColumn =
    (draw: Piece['draw']): Piece['draw'] =>
    (x, y) =>
      draw(fromStart(ctx, { x, width }, 0, columnWidth), y)
  return [
    piece(
      Math.max(column.height, figure.height),
      (x, y) => {
        inColumn(column.draw)(x, y)
        figure.draw(fromStart(ctx, { x, width }, columnWidth + gap, imageWidth), y)
      },
      { spaceAfter: beside[beside.length - 1].spaceAfter },
    ),
    ...columnPieces.slice(count).map((p) => ({ ...p, draw: inColumn(p.draw) })),
  ]
}

/**
 * The header, numbered steps and illustration. When they fit, the illustration stands in the
 * top right corner beside the header and steps (compact, so two cards share a page); otherwise
 * header, steps and illustration follow one another and can break across pages.
 */
const headerStepsAndImage = (
  ctx: RenderContext,
  card: Card,
  header: (width: number) => Piece,
  tag: StructTag,
  width: number,
): Piece[] => {
  const { theme, labels, page } = ctx
  const steps = texts(card.steps)
  const stepsAt = (columnWidth: number) =>
    labelledList(ctx, { label: labels.steps, items: steps, ordered: true }, tag, columnWidth)
  if (!card.image) {
    return [header(width), ...stepsAt(width)]
  }
  const bodyHeight = page.bodyBottom - page.bodyTop
  if (!theme.largePrint) {
    const gap = theme.bodySize * 1.4
    const imageWidth = width * SIDE_IMAGE_SHARE
    const columnWidth = width - imageWidth - gap
    const columnPieces = [header(columnWidth), ...stepsAt(columnWidth)]
    const figure = figurePiece(ctx, card.image, tag, {
      maxWidth: imageWidth,
      maxHeight: imageWidth * 1.25,
      align: 'left',
      border: theme.palette.cardBorder,
    })
    const column = stacked(columnPieces)
    if (Math.max(column.height, figure.height) <= bodyHeight * SIDE_BY_SIDE_MAX_SHARE_OF_PAGE) {
      return besideFigure(ctx, columnPieces, figure, { width, columnWidth, gap, imageWidth })
    }
  }
  const stepPieces = stepsAt(width)
  // After the steps, and no taller than the room a page may be left with, so a card can start
  // low on a page and its illustration never leaves a page mostly empty.
  const figure = figurePiece(ctx, card.image, tag, {
    maxWidth: width,
    maxHeight: bodyHeight * FULL_WIDTH_FIGURE_MAX_SHARE_OF_PAGE,
    border: theme.palette.cardBorder,
  })
  return [
    { ...header(width), keepLoosely: true },
    ...stepPieces,
    { ...figure, spaceBefore: theme.bodySize * 0.9 },
  ]
}

/** What to feel for and what to take care with: side by side when both are short. */
const cuesAndPrecautions = (
  ctx: RenderContext,
  card: Card,
  tag: StructTag,
  width: number,
): Piece[] => {
  const { theme, labels, page } = ctx
  const cues = { label: labels.cues, items: texts(card.cues), ordered: false }
  const precautions = {
    label: labels.precautions,
    items: texts(card.precautions),
    ordered: false,
    colour: theme.palette.warning,
  }
  if (!theme.largePrint && cues.items.length > 0 && precautions.items.length > 0) {
    const gap = theme.bodySize * 1.4
    const columnWidth = (width - gap) / 2
    const first = stacked(labelledList(ctx, cues, tag, columnWidth))
    const second = stacked(labelledList(ctx, precautions, tag, columnWidth))
    const height = Math.max(first.height, second.height)
    if (height <= (page.bodyBottom - page.bodyTop) * 0.3) {
      return [
        piece(
          height,
          (x, y) => {
            first.draw(fromStart(ctx, { x, width }, 0, columnWidth), y)
            second.draw(fromStart(ctx, { x, width }, columnWidth + gap, columnWidth), y)
          },
          { spaceBefore: theme.bodySize * 0.9 },
        ),
      ]
    }
  }
  return [...labelledList(ctx, cues, tag, width), ...labelledList(ctx, precautions, tag, width)]
}

/**
 * A technique card: a tinted, bordered box with the number badge and name, the illustration
 * beside numbered steps, how much to do, what to feel for, precautions and the clinician's
 * note. A card that fits on a page stays whole unless that would leave the page mostly empty
 * (see paginate); a split card breaks between sections and steps, repeating "Name (continued)"
 * at the top of the next page.
 */
export const techniqueCardPieces: BlockRenderer<Card> = (ctx, block, parent, width) => {
  const { theme, labels, meta } = ctx
  const padding = theme.largePrint ? 18 : 14
  const inner = width - 2 * padding
  const name = text(block.name) || labels.technique
  const number = Number.isFinite(block.number) ? Math.trunc(block.number) : 0
  const tag = parent.child('Sect')
  const heading = tag.child('H3')
  const summary = tag.child('P')
  const header = (headerWidth: number) =>
    cardHeader(
      ctx,
      { number, name, summary: text(block.summary), width: headerWidth },
      { heading, summary },
    )
  const rows = dosageRowsToShow(block.dosage)
  const note = text(block.note)
  const content = [
    ...headerStepsAndImage(ctx, block, header, tag, inner),
    ...(rows.length > 0
      ? [
          ...sectionLabel(ctx, labels.dosage, tag.child('P'), inner),
          ...dosagePieces(ctx, rows, tag.child('Table'), inner, 'band'),
        ]
      : []),
    ...cuesAndPrecautions(ctx, block, tag, inner),
    ...(note
      ? notePanel(ctx, { label: labels.noteFrom(meta.clinicianName), note }, tag, inner)
      : []),
  ]
  const continuation = () => [
    {
      ...cardHeader(
        ctx,
        { number, name: labels.continued(name), width: inner },
        { heading: 'artifact', summary: 'artifact' },
      ),
      spaceAfter: theme.bodySize * 0.4,
    },
  ]
  const pieces = framed(content, cardFrame(ctx, padding, continuation, !block.breakable))
  const paragraph = theme.style('paragraph')
  pieces[0] = { ...pieces[0], spaceBefore: paragraph.size }
  const last = pieces.length - 1
  pieces[last] = { ...pieces[last], spaceAfter: paragraph.size * 1.4 }
  return pieces
}

import type { HandoutDocument } from '../document'
import type { RenderContext, TextContext } from './context'
import { embedImage, type EmbeddedImage, fitWithin } from './images/embed'
import type { Labels } from './labels'
import { fromStart } from './layout/direction'
import { artifact } from './tagging'
import { drawTextBox, drawTextLine } from './text/drawText'
import { plainRuns } from './text/runs'
import { layoutText, type TextBox } from './text/textBox'
import type { TextStyle } from './theme'

/** The running header and footer: measured before layout, drawn on every page at the end. */
export type Furniture = {
  headerHeight: number
  footerHeight: number
  draw: (ctx: RenderContext, page: number, pageCount: number) => void
}

type FurnitureContext = TextContext & {
  images: Map<string, EmbeddedImage | undefined>
  labels: Labels
}

/** Text cut to one line at a word boundary, with an ellipsis when something was cut. */
const oneLine = (ctx: TextContext, text: string, style: TextStyle, width: number): TextBox => {
  const layout = (value: string) =>
    layoutText(ctx, plainRuns(value), style, width, { align: 'left' })
  const whole = layout(text)
  if (whole.lines.length <= 1) {
    return whole
  }
  const words = text.split(/\s+/)
  let low = 0
  let high = words.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    const fits = layout(`${words.slice(0, middle).join(' ')}…`)
    if (fits.lines.length <= 1) {
      low = middle
    } else {
      high = middle - 1
    }
  }
  return layout(`${words.slice(0, Math.max(1, low)).join(' ')}…`)
}

const MAX_FOOTER_LINES = 2

export const planFurniture = (
  ctx: FurnitureContext,
  handout: HandoutDocument,
  width: number,
): Furniture => {
  const { theme } = ctx
  const { branding, meta } = handout
  const small = theme.style('furniture')
  const strong = theme.style('furnitureStrong')
  const logo = embedImage(ctx, branding.logo)
  const logoSize = logo ? fitWithin(logo, width * 0.3, strong.size * 2.6) : { width: 0, height: 0 }
  const logoGap = logo ? strong.size * 0.7 : 0
  const nameWidth = width * 0.62 - logoSize.width - logoGap
  const name = oneLine(ctx, String(branding.clinicName ?? '').trim(), strong, nameWidth)
  const nameUsed = name.lines[0]?.width ?? 0
  const endWidth = Math.max(60, width - logoSize.width - logoGap - nameUsed - strong.size * 2)
  const contact = (Array.isArray(branding.contactLines) ? branding.contactLines : [])
    .filter((line): line is string => typeof line === 'string' && line.trim() !== '')
    .slice(0, 2)
    .join('   ·   ')
  /** The header's far end: contact details on the first page, the title after. */
  const firstPageEnd = oneLine(ctx, contact, small, endWidth)
  const laterPagesEnd = oneLine(ctx, String(meta.title ?? '').trim(), small, endWidth)
  const headerHeight = Math.max(logoSize.height, name.lineHeight, small.size * small.leading)

  const pageLabelWidth = layoutText(ctx, plainRuns(ctx.labels.page(888, 888)), small, width)
    .lines[0].width
  const footerText = typeof branding.footer === 'string' ? branding.footer.trim() : ''
  const footer = layoutText(
    ctx,
    plainRuns(footerText),
    small,
    width - pageLabelWidth - small.size * 2,
  )
  const footerLines = Math.min(MAX_FOOTER_LINES, Math.max(1, footer.lines.length))
  const ruleGap = small.size * 0.8
  const footerHeight = ruleGap + footerLines * footer.lineHeight

  return {
    headerHeight,
    footerHeight,
    draw: (render, page, pageCount) => {
      const { doc, page: geometry } = render
      const { left, columnWidth, headerTop, headerRule, footerTop } = geometry
      const centred = (height: number) => headerTop + (headerHeight - height) / 2
      const column = { x: left, width: columnWidth }
      const lineWidth = (box: TextBox) => box.lines[0]?.width ?? 0
      artifact(
        doc,
        () => {
          const logoX = fromStart(render, column, 0, logoSize.width)
          logo?.draw(logoX, centred(logoSize.height), logoSize.width, logoSize.height)
          doc.rect(left, headerRule, columnWidth, 0.75).fill(theme.palette.rule)
          doc.rect(left, footerTop, columnWidth, 0.75).fill(theme.palette.rule)
        },
        'Pagination',
      )
      const nameX = fromStart(render, column, logoSize.width + logoGap, lineWidth(name))
      drawTextBox(render, name, nameX, centred(name.lineHeight), 'artifact')
      const end = page === 0 ? firstPageEnd : laterPagesEnd
      const endX = fromStart(render, column, columnWidth - lineWidth(end), lineWidth(end))
      drawTextBox(render, end, endX, centred(end.lineHeight), 'artifact')
      for (let line = 0; line < footerLines; line++) {
        const y = footerTop + ruleGap + line * footer.lineHeight
        drawTextLine(
          render,
          footer,
          line,
          fromStart(render, column, 0, footer.width),
          y,
          'artifact',
        )
      }
      const pageLabel = plainRuns(render.labels.page(page + 1, pageCount))
      const align = render.direction === 'rtl' ? 'left' : 'right'
      const label = layoutText(render, pageLabel, small, columnWidth, { align })
      drawTextBox(render, label, left, footerTop + ruleGap, 'artifact')
    },
  }
}

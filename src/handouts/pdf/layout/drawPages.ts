import type { RenderContext } from '../context'
import { artifact } from '../tagging'
import type { PageLayout } from './paginate'

const byPage = <T extends { page: number }>(items: readonly T[], pageCount: number): T[][] => {
  const pages = Array.from({ length: pageCount }, (): T[] => [])
  for (const item of items) {
    pages[item.page].push(item)
  }
  return pages
}

/** Draws a paginated layout: for each page, frames first (they are backgrounds), then pieces. */
export const drawPages = (ctx: RenderContext, layout: PageLayout, addPage: () => void) => {
  const frames = byPage(layout.frames, layout.pageCount)
  const placements = byPage(layout.placements, layout.pageCount)
  for (let page = 0; page < layout.pageCount; page++) {
    if (page > 0) {
      addPage()
    }
    for (const part of frames[page]) {
      artifact(ctx.doc, () => part.frame.paint(part.box, part))
    }
    for (const { piece, x, y } of placements[page]) {
      piece.draw(x, y)
    }
  }
}

import type { Box, Frame, Piece } from './piece'

export type Area = { left: number; width: number; top: number; bottom: number }

export type Placement = { page: number; x: number; y: number; piece: Piece }

export type FramePart = { page: number; box: Box; frame: Frame; first: boolean; last: boolean }

export type PageLayout = { pageCount: number; placements: Placement[]; frames: FramePart[] }

const gap = (above: Piece | undefined, below: Piece) =>
  Math.max(above?.spaceAfter ?? 0, below.spaceBefore)

/**
 * The most of a page's body a break may leave empty to keep things together. Beyond it, keeps
 * give way in two steps until what comes next fits: first a frame that would fit on a page (a
 * technique card) starts where it is and splits between its pieces, and loose keeps let go;
 * then a heading no longer pulls the card after its intro along. The firm keeps always hold (a
 * heading with the line under it, a paragraph's first and last lines). With the margins and the
 * running header and footer, a page then stays under 40% blank.
 */
export const MOST_BODY_LEFT_EMPTY_TO_KEEP_TOGETHER = 0.25

/** Which keeps hold, from all of them to the firm ones only (see above). */
type Keeps = 'all' | 'splitFrames' | 'firm'

/**
 * Places pieces on pages. Rules, in order: space collapses and vanishes at a page top; a piece
 * that keeps with the next moves down with it, as does one that keeps with the pieces following
 * it (a heading, with its intro and the card after); a frame that fits on one page is not split;
 * a frame taller than a page splits between pieces. Where keeping together would leave more of
 * the page empty than MOST_BODY_LEFT_EMPTY_TO_KEEP_TOGETHER, only firm keeps hold. A split frame
 * repeats its continuation header on the next page. A piece taller than a page is placed at a
 * page top anyway.
 */
export const paginate = (pieces: readonly Piece[], area: Area): PageLayout => {
  const bodyHeight = area.bottom - area.top
  const placements: Placement[] = []
  const frames: FramePart[] = []
  let page = 0
  let y = area.top
  /** No content on this page yet (so a break here would gain nothing). */
  let fresh = true
  /** The last piece placed in the current flow, for collapsing space; none at a page or frame top. */
  let above: Piece | undefined
  let open: { frame: Frame; startY: number; first: boolean } | undefined

  const frameHeight = (start: number) => {
    const frame = pieces[start].frame as Frame
    let height = frame.inset.top + frame.inset.bottom
    for (let i = start; i < pieces.length && pieces[i].frame === frame; i++) {
      height += (i > start ? gap(pieces[i - 1], pieces[i]) : 0) + pieces[i].height
    }
    return height
  }

  /**
   * Room a frame starting at piece i needs on the page: all of it, or its start and its inset.
   */
  const frameStartHeight = (start: number, keeps: Keeps) => {
    const frame = pieces[start].frame as Frame
    const whole = frameHeight(start)
    return frame.keepTogether && keeps === 'all' && whole <= bodyHeight
      ? whole
      : frame.inset.top + keptHeight(start, keeps) + frame.inset.bottom
  }

  const following = (p: Piece, keeps: Keeps) => (keeps === 'firm' ? 0 : p.keepWithFollowing)

  /** Height from piece i through the pieces it keeps with, capped at a page. */
  const keptHeight = (start: number, keeps: Keeps): number => {
    let height = pieces[start].height
    let keepThrough = start + following(pieces[start], keeps)
    for (let i = start; i + 1 < pieces.length; i++) {
      const current = pieces[i]
      const next = pieces[i + 1]
      const keepsNext = current.keepWithNext && !(keeps !== 'all' && current.keepLoosely)
      if (!keepsNext && (i >= keepThrough || following(next, keeps) > 0)) {
        break
      }
      if (next.frame && next.frame !== current.frame) {
        height += gap(current, next) + frameStartHeight(i + 1, keeps)
        break
      }
      if (current.frame && next.frame !== current.frame) {
        height += current.frame.inset.bottom
      }
      height += gap(current, next) + next.height
      keepThrough = Math.max(keepThrough, i + 1 + following(next, keeps))
      if (height >= bodyHeight) {
        break
      }
    }
    return Math.min(height, bodyHeight)
  }

  /**
   * Whether what must share the page with the next piece fits below `y`, `needed(keeps)`
   * measuring it: with every keep, or with fewer once a break would leave too much of the page
   * empty.
   */
  const fits = (space: number, needed: (keeps: Keeps) => number) => {
    if (fresh || y + space + needed('all') <= area.bottom) {
      return true
    }
    if (area.bottom - y <= bodyHeight * MOST_BODY_LEFT_EMPTY_TO_KEEP_TOGETHER) {
      return false
    }
    return (['splitFrames', 'firm'] as const).some(
      (keeps) => y + space + needed(keeps) <= area.bottom,
    )
  }

  const place = (p: Piece) => {
    const x = area.left + (open ? open.frame.inset.left : 0)
    placements.push({ page, x, y, piece: p })
    y += p.height
    above = p
  }

  const newPage = () => {
    page++
    y = area.top
    fresh = true
    above = undefined
  }

  const openFrame = (frame: Frame, first: boolean) => {
    open = { frame, startY: y, first }
    y += frame.inset.top
    above = undefined
  }

  const closeFrame = (last: boolean) => {
    if (!open) {
      return
    }
    y += open.frame.inset.bottom
    frames.push({
      page,
      box: { x: area.left, y: open.startY, width: area.width, height: y - open.startY },
      frame: open.frame,
      first: open.first,
      last,
    })
    open = undefined
  }

  pieces.forEach((p, index) => {
    if (open && p.frame !== open.frame) {
      const lastInside = pieces[index - 1]
      closeFrame(true)
      above = lastInside
    }
    if (p.frame && !open) {
      const space = fresh ? 0 : gap(above, p)
      if (!fits(space, (keeps) => frameStartHeight(index, keeps))) {
        newPage()
      } else {
        y += space
      }
      openFrame(p.frame, true)
      place(p)
      fresh = false
      return
    }
    const space = above ? gap(above, p) : 0
    const reserve = open ? open.frame.inset.bottom : 0
    if (!fits(space, (keeps) => keptHeight(index, keeps) + reserve)) {
      if (open) {
        const frame = open.frame
        closeFrame(false)
        newPage()
        openFrame(frame, false)
        for (const header of frame.continuation?.() ?? []) {
          place(header)
        }
        y += above ? gap(above, p) : 0
      } else {
        newPage()
      }
    } else {
      y += space
    }
    place(p)
    fresh = false
  })
  closeFrame(true)
  return { pageCount: page + 1, placements, frames }
}

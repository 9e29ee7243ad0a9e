import type { HandoutDocument } from '../document'

/** Paper sizes in points, as pdfkit and pdfinfo report them. */
export const PAPER = {
  A4: { width: 595.28, height: 841.89 },
  LETTER: { width: 612, height: 792 },
} as const

export type Paper = keyof typeof PAPER

export const paperOf = (paper: HandoutDocument['layout']['paper'] | undefined): Paper =>
  paper === 'LETTER' ? 'LETTER' : 'A4'

const SIDE_MARGIN = 54
const HEADER_TOP = 26
const FOOTER_BOTTOM_MARGIN = 24
/** Between the header rule and the body, and between the body and the footer rule. */
const FURNITURE_GAP = 22

export type PageGeometry = {
  width: number
  height: number
  /** Left edge of the text column. */
  left: number
  columnWidth: number
  headerTop: number
  /** Where the rule under the running header sits. */
  headerRule: number
  bodyTop: number
  /** Body content ends here, above the footer. */
  bodyBottom: number
  /** Where the footer's rule sits. */
  footerTop: number
}

export const columnWidthOf = (paper: Paper) => PAPER[paper].width - 2 * SIDE_MARGIN

export const pageGeometry = (
  paper: Paper,
  furniture: { headerHeight: number; footerHeight: number },
): PageGeometry => {
  const { width, height } = PAPER[paper]
  const headerRule = HEADER_TOP + furniture.headerHeight + 8
  const footerTop = height - FOOTER_BOTTOM_MARGIN - furniture.footerHeight
  return {
    width,
    height,
    left: SIDE_MARGIN,
    columnWidth: columnWidthOf(paper),
    headerTop: HEADER_TOP,
    headerRule,
    bodyTop: headerRule + FURNITURE_GAP,
    bodyBottom: footerTop - FURNITURE_GAP * 0.75,
    footerTop,
  }
}

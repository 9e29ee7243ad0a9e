/**
 * Layout works in two passes. Blocks become pieces (measured, not yet drawn); pagination places
 * every piece on a page; then pages are drawn in order. Knowing every position before drawing is
 * what keeps headings with their text and cards whole, and gives "Page i of n" for free.
 */

export type Piece = {
  height: number
  /** Space above; collapses with the space below the previous piece (the larger wins). */
  spaceBefore: number
  spaceAfter: number
  /** Must share a page with the next piece (headings, first lines of a paragraph). */
  keepWithNext: boolean
  /**
   * The keep with the next piece gives way where holding it would leave a page mostly empty
   * (a card's header over its steps, the rows of a dosage table); see paginate.
   */
  keepLoosely: boolean
  /**
   * Must share a page with at least this many pieces after it, even where their own keeps end:
   * a heading over a one-line intro stays with the intro and with what comes after it. What it
   * keeps with ends where the next piece with a count of its own (the next heading) begins.
   */
  keepWithFollowing: number
  /** Pieces that share a frame are drawn inside one box (a technique card, a callout). */
  frame?: Frame
  /** Draws the piece with its top-left corner at (x, y). */
  draw: (x: number, y: number) => void
}

export type Box = { x: number; y: number; width: number; height: number }

export type Frame = {
  inset: { top: number; bottom: number; left: number; right: number }
  /** Kept on one page whenever it fits on one. */
  keepTogether: boolean
  /** Background and border, drawn before the pieces inside. `first`/`last`: part of a split frame. */
  paint: (box: Box, part: { first: boolean; last: boolean }) => void
  /** Pieces repeated at the top of each page the frame continues on ("… (continued)"). */
  continuation?: () => Piece[]
}

export const piece = (
  height: number,
  draw: Piece['draw'],
  options: Partial<Omit<Piece, 'height' | 'draw'>> = {},
): Piece => ({
  height,
  draw,
  spaceBefore: options.spaceBefore ?? 0,
  spaceAfter: options.spaceAfter ?? 0,
  keepWithNext: options.keepWithNext ?? false,
  keepLoosely: options.keepLoosely ?? false,
  keepWithFollowing: options.keepWithFollowing ?? 0,
  frame: options.frame,
})

/** Puts pieces inside a frame; pagination offsets them by its insets. */
export const framed = (pieces: Piece[], frame: Frame): Piece[] =>
  pieces.map((p) => ({ ...p, frame }))

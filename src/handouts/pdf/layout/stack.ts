import { piece, type Piece } from './piece'

/** Pieces drawn as one unbreakable piece, one under another, with their spacing collapsed. */
export const stacked = (pieces: readonly Piece[], options: Partial<Piece> = {}): Piece => {
  const offsets: number[] = []
  let height = 0
  pieces.forEach((p, i) => {
    if (i > 0) {
      height += Math.max(pieces[i - 1].spaceAfter, p.spaceBefore)
    }
    offsets.push(height)
    height += p.height
  })
  return piece(height, (x, y) => pieces.forEach((p, i) => p.draw(x, y + offsets[i])), options)
}

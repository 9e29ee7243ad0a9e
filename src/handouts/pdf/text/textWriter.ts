import type { Face } from './fontLibrary'

/** Glyphs of one face and colour, starting at `x` (points from the page's left edge). */
export type GlyphRun = { face: Face; text: string; x: number; colour: string }

/** A line under text (links): from `x`, `width` long, centred on `y` (from the page's top). */
export type Underline = { x: number; y: number; width: number; thickness: number; colour: string }

/** One line's text at one size, its baseline `baseline` points below the page's top. */
export type TextLineDrawing = {
  size: number
  baseline: number
  runs: readonly GlyphRun[]
  underlines: readonly Underline[]
}

/** Writes a line of text onto the current page (into whatever marked content is open). */
export type TextWriter = (line: TextLineDrawing) => void

import type { TextContext } from '../context'
import type { TextStyle } from '../theme'
import { embeddingLevels, visualOrder } from './bidi'
import type { Face } from './fontLibrary'
import { breakLines, type LineToken } from './lineBreak'
import { cachePerOwner } from './cachePerOwner'
import type { Run } from './runs'
import { sanitizeText } from './sanitize'
import { tokenize } from './tokens'

/** Consecutive tokens of one look (face, colour, link), drawn as one run of glyphs. */
export type Glyphs = {
  text: string
  face: Face
  run: Run
  /** Offset from the line's left edge. */
  x: number
  width: number
  /** Reading-order position, so tagged content follows the text rather than the page. */
  start: number
}

export type TextLine = { glyphs: Glyphs[]; width: number }

/** Laid-out text: lines of a fixed height, ready to draw at any position. */
export type TextBox = {
  lines: TextLine[]
  style: TextStyle
  width: number
  lineHeight: number
  /** Distance from a line's top to its baseline. */
  baseline: number
  height: number
}

export type TextOptions = { align?: 'left' | 'center' | 'right' }

const sameLook = (a: Glyphs, b: LineToken) =>
  a.face === b.face &&
  a.run.link === b.run.link &&
  !!a.run.underline === !!b.run.underline &&
  a.run.colour === b.run.colour

/**
 * Left-to-right tokens that share a look are drawn together; right-to-left words one by one.
 * A space between two groups is drawn on its own, so extracted and tagged text keeps it.
 */
const group = (tokens: LineToken[], offset: number): Glyphs[] => {
  const groups: Glyphs[] = []
  let x = offset
  let open: Glyphs | undefined
  let pending: { token: LineToken; x: number } | undefined
  const space = ({ token, x: at }: { token: LineToken; x: number }): Glyphs => ({
    text: ' ',
    face: token.face,
    run: { ...token.run, link: undefined, underline: false },
    x: at,
    width: token.width,
    start: token.start,
  })
  let spaced = false
  for (const token of tokens) {
    const rightToLeft = token.level % 2 === 1
    if (token.kind === 'space') {
      if (pending) {
        groups.push(space(pending))
      }
      pending = token.face.font.hasGlyphForCodePoint(32) ? { token, x } : undefined
      spaced = true
      x += token.width
      continue
    }
    // A space joins a group only if the group's face can draw it.
    if (open && !rightToLeft && sameLook(open, token) && (!spaced || pending)) {
      open.text += (pending ? ' ' : '') + token.text
      open.width = x + token.width - open.x
    } else {
      if (pending) {
        groups.push(space(pending))
      }
      open = {
        text: token.text,
        face: token.face,
        run: token.run,
        x,
        width: token.width,
        start: token.start,
      }
      groups.push(open)
      if (rightToLeft) {
        open = undefined
      }
    }
    pending = undefined
    spaced = false
    x += token.width
  }
  return groups
}

const styledRuns = (runs: readonly Run[], style: TextStyle, largePrint: boolean): Run[] =>
  runs.map((run) => ({
    ...run,
    bold: run.bold ?? style.bold,
    // Large print avoids italics: they are harder to read for low-vision readers.
    italic: !largePrint && (run.italic ?? style.italic),
  }))

const layOut = (
  ctx: TextContext,
  runs: readonly Run[],
  style: TextStyle,
  width: number,
  options: TextOptions,
): TextBox => {
  const cleaned = styledRuns(runs, style, ctx.theme.largePrint)
    .map((run) => ({ ...run, text: sanitizeText(run.text, ctx.fonts.covers) }))
    .filter((run) => run.text.length > 0)
  const text = cleaned.map((run) => run.text).join('')
  const levels = embeddingLevels(text, ctx.direction === 'rtl' ? 'rtl' : 'ltr')
  const tokens = tokenize(cleaned, levels, ctx.fonts, style.size, ctx.measure)
  const lines = breakLines(tokens, width, style.size, ctx.measure).filter(
    (line, index, all) => line.tokens.length > 0 || (index > 0 && index < all.length - 1),
  )
  const align = options.align ?? (ctx.direction === 'rtl' ? 'right' : 'left')
  const primary = ctx.fonts.primary.font
  const ascent = (primary.ascent / primary.unitsPerEm) * style.size
  const descent = (-primary.descent / primary.unitsPerEm) * style.size
  const lineHeight = style.size * style.leading
  const laid = lines.map((line): TextLine => {
    const free = Math.max(0, width - line.width)
    const offset = align === 'right' ? free : align === 'center' ? free / 2 : 0
    return { glyphs: group(visualOrder(line.tokens), offset), width: line.width }
  })
  return {
    lines: laid,
    style,
    width,
    lineHeight,
    baseline: (lineHeight - ascent - descent) / 2 + ascent,
    height: laid.length * lineHeight,
  }
}

/** Laid-out texts, per set of fonts. */
const boxes = cachePerOwner<TextBox>({ maxEntriesPerOwner: 5_000 })

/**
 * Lays out text in lines of the width. The same text, style and width are laid out once per
 * process for the same fonts: handouts reuse the same library content (steps, cues, labels)
 * from one patient to the next, and layout is a pure function of those, so this changes no
 * output. Boxes are shared: never change one.
 */
export const layoutText = (
  ctx: TextContext,
  runs: readonly Run[],
  style: TextStyle,
  width: number,
  options: TextOptions = {},
): TextBox => {
  const key = JSON.stringify([
    ctx.direction,
    ctx.theme.largePrint,
    width,
    options.align,
    style,
    runs,
  ])
  return boxes(ctx.fonts, key, () => layOut(ctx, runs, style, width, options))
}

import type * as fontkit from 'fontkit'

/**
 * Shaping (fontkit's `layout`: glyphs, kerning, ligatures) is the bulk of a handout's text
 * cost, and every document shapes the same words again: clinic handouts share most of their
 * vocabulary. Shaped words are kept per font for the life of the process. fontkit's shaping
 * is a pure function of the font and the text, so this changes no output.
 */

/** Distinct strings kept per font; the cache starts over when it is full. */
const MAX_STRINGS_PER_FONT = 10_000

type Shaped = { run: fontkit.GlyphRun; advanceWidth: number }

export type Shaper = {
  /** Advance width of the text in font units. */
  advanceWidth: (text: string) => number
  /**
   * The font as pdfkit should get it: the same font, whose `layout` (for plain text, no
   * features) answers from the cache. pdfkit scales each run's positions in place, so every
   * call gets its own copy of them.
   */
  pdfFont: fontkit.Font
}

const shapersByFont = new WeakMap<fontkit.Font, Shaper>()

/** A run pdfkit may change: fresh position objects, the same (immutable) glyphs. */
const copyOf = (run: fontkit.GlyphRun): fontkit.GlyphRun => {
  const positions = run.positions.map((position) => ({ ...position }))
  return {
    glyphs: run.glyphs,
    positions,
    script: run.script,
    language: run.language,
    direction: run.direction,
    features: run.features,
    get advanceWidth() {
      let width = 0
      for (const position of positions) width += position.xAdvance
      return width
    },
    get advanceHeight() {
      let height = 0
      for (const position of positions) height += position.yAdvance
      return height
    },
  } as fontkit.GlyphRun
}

const createShaper = (font: fontkit.Font): Shaper => {
  const cache = new Map<string, Shaped>()
  const shaped = (text: string): Shaped => {
    let entry = cache.get(text)
    if (!entry) {
      if (cache.size >= MAX_STRINGS_PER_FONT) cache.clear()
      const run = font.layout(text)
      entry = { run, advanceWidth: run.advanceWidth }
      cache.set(text, entry)
    }
    return entry
  }
  const layout = (text: string, ...options: unknown[]) =>
    options.every((option) => option === undefined)
      ? copyOf(shaped(text).run)
      : (font.layout as (text: string, ...rest: unknown[]) => fontkit.GlyphRun)(text, ...options)
  const bound = new Map<PropertyKey, unknown>()
  const pdfFont = new Proxy(font, {
    get: (target, property) => {
      if (property === 'layout') return layout
      const value: unknown = Reflect.get(target, property, target)
      if (typeof value !== 'function') return value
      if (!bound.has(property)) bound.set(property, value.bind(target))
      return bound.get(property)
    },
  })
  return { advanceWidth: (text) => shaped(text).advanceWidth, pdfFont }
}

export const shaperFor = (font: fontkit.Font): Shaper => {
  let shaper = shapersByFont.get(font)
  if (!shaper) {
    shaper = createShaper(font)
    shapersByFont.set(font, shaper)
  }
  return shaper
}

import { rgbOf } from '../../brand/colour'
import type { FastFont } from './fonts'
import type { GlyphPosition } from './types'

/** A number as pdfkit writes one into a content stream: at most six decimals. */
export const pdfNumber = (value: number): string => String(Math.round(value * 1e6) / 1e6)

const fillOperands = new Map<string, string>()

/** `r g b` operands (0 to 1) for a hex colour; computed once per colour for the process. */
export const rgbOperands = (hex: string): string => {
  let operands = fillOperands.get(hex)
  if (operands === undefined) {
    operands = rgbOf(hex)
      .map((channel) => pdfNumber(channel / 255))
      .join(' ')
    fillOperands.set(hex, operands)
  }
  return operands
}

/** A TJ array's elements with glyphs (hex) added, then the adjustment after the last of them. */
const withSegment = (segments: string, hex: string, last: GlyphPosition) =>
  `${segments && `${segments} `}<${hex}> ${pdfNumber(last.advanceWidth - last.xAdvance)}`

/**
 * Text extractors (pdftotext, screen readers' PDF engines) read a gap wider than about a tenth
 * of an em as a space. A few kerning pairs open more than that (Atkinson's "qj": 0.13 em),
 * which would split the word in the extracted text, so extra room inside a word is capped
 * just below it.
 */
const MAX_OPENING_KERN = 90

const readableKerning = (position: GlyphPosition): GlyphPosition =>
  position.xAdvance - position.advanceWidth > MAX_OPENING_KERN
    ? { ...position, xAdvance: position.advanceWidth + MAX_OPENING_KERN }
    : position

/**
 * Text-showing operators for one string set from (x, y) in PDF space, as pdfkit's own text
 * drawing writes them: glyphs in TJ arrays, with a kerning adjustment wherever a glyph's
 * advance differs from its width, and a new text matrix around each glyph that is offset
 * (combining marks).
 */
export const showText = (font: FastFont, text: string, x: number, y: number, size: number) => {
  const [encoded, shaped] = font.encode(text)
  const positions = shaped.map(readableKerning)
  const scale = size / 1000
  let out = `1 0 0 1 ${pdfNumber(x)} ${pdfNumber(y)} Tm`
  /** The current TJ array's elements, and the glyphs (hex) since its last adjustment. */
  let segments = ''
  let glyphs = ''
  let pen = x
  let hadOffset = false
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]
    if (position.xOffset || position.yOffset) {
      if (glyphs) {
        segments = withSegment(segments, glyphs, positions[i - 1])
      }
      if (segments) {
        out += `\n[${segments}] TJ`
      }
      const at = `${pdfNumber(pen + position.xOffset * scale)} ${pdfNumber(y + position.yOffset * scale)}`
      segments = ''
      out += `\n1 0 0 1 ${at} Tm\n[${withSegment('', encoded[i], position)}] TJ`
      glyphs = ''
      hadOffset = true
    } else {
      if (hadOffset) {
        out += `\n1 0 0 1 ${pdfNumber(pen)} ${pdfNumber(y)} Tm`
        hadOffset = false
      }
      glyphs += encoded[i]
      if (position.xAdvance !== position.advanceWidth) {
        segments = withSegment(segments, glyphs, position)
        glyphs = ''
      }
    }
    pen += position.xAdvance * scale
  }
  if (glyphs) {
    segments = withSegment(segments, glyphs, positions[positions.length - 1])
  }
  if (segments) {
    out += `\n[${segments}] TJ`
  }
  return out
}

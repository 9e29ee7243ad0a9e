import { rgbOf } from '../colours'
import type { PdfFont } from './pdfFonts'

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

/**
 * Text-showing operators for one string set from (x, y) in PDF space, as pdfkit's own text
 * drawing writes them: glyphs in TJ arrays, with a kerning adjustment wherever a glyph's
 * advance differs from its width, and a new text matrix around each glyph that is offset
 * (combining marks).
 */
export const showText = (font: PdfFont, text: string, x: number, y: number, size: number) => {
  const [encoded, positions] = font.encode(text)
  const scale = size / 1000
  const out: string[] = [`1 0 0 1 ${pdfNumber(x)} ${pdfNumber(y)} Tm`]
  let segments: string[] = []
  let last = 0
  let hadOffset = false
  const addSegment = (end: number) => {
    if (last < end) {
      const position = positions[end - 1]
      const adjustment = position.xAdvance - position.advanceWidth
      segments.push(`<${encoded.slice(last, end).join('')}> ${pdfNumber(-adjustment)}`)
    }
    last = end
  }
  const flush = (end: number) => {
    addSegment(end)
    if (segments.length > 0) {
      out.push(`[${segments.join(' ')}] TJ`)
      segments = []
    }
  }
  let pen = x
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]
    if (position.xOffset || position.yOffset) {
      flush(i)
      const at = `${pdfNumber(pen + position.xOffset * scale)} ${pdfNumber(y + position.yOffset * scale)}`
      out.push(`1 0 0 1 ${at} Tm`)
      flush(i + 1)
      hadOffset = true
    } else {
      if (hadOffset) {
        out.push(`1 0 0 1 ${pdfNumber(pen)} ${pdfNumber(y)} Tm`)
        hadOffset = false
      }
      if (position.xAdvance - position.advanceWidth !== 0) addSegment(i + 1)
    }
    pen += position.xAdvance * scale
  }
  flush(positions.length)
  return out.join('\n')
}

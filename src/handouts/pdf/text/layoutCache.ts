import type { DocumentFonts } from './fonts'
import type { TextBox } from './textBox'

/** Laid-out texts kept per set of fonts; the cache starts over when it is full. */
const MAX_BOXES_PER_FONTS = 5_000

const boxesByFonts = new WeakMap<DocumentFonts, Map<string, TextBox>>()

/**
 * Text laid out once per process for the same fonts, text, style and width: handouts reuse
 * the same library content (steps, cues, labels) from one patient to the next. Layout is a
 * pure function of those, so this changes no output. Boxes are shared: never change one.
 */
export const cachedLayout = (
  fonts: DocumentFonts,
  key: string,
  layOut: () => TextBox,
): TextBox => {
  let boxes = boxesByFonts.get(fonts)
  if (!boxes) {
    boxes = new Map()
    boxesByFonts.set(fonts, boxes)
  }
  let box = boxes.get(key)
  if (!box) {
    if (boxes.size >= MAX_BOXES_PER_FONTS) boxes.clear()
    box = layOut()
    boxes.set(key, box)
  }
  return box
}

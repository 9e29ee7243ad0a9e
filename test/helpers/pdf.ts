/**
 * Reads PDFs in tests with pdfjs-dist (the engine of Firefox's viewer), so every PDF assertion
 * runs on any machine: no poppler, no qpdf. Checks that need those tools live in `pdfTools.ts`.
 */
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist'
import type {
  StructTreeContent,
  StructTreeNode,
  TextItem,
  TextMarkedContent,
} from 'pdfjs-dist/types/src/display/api'

/**
 * drizzle-kit (loaded for Payload's schema push) adds an enumerable `Array.prototype.random`,
 * and pdfjs refuses to read with a prototype that `for...in` would walk into. Making such
 * properties non-enumerable leaves them working and lets pdfjs read.
 */
const hidePrototypeAdditions = () => {
  for (const prototype of [Object.prototype, Array.prototype]) {
    for (const key of Object.keys(prototype)) {
      Object.defineProperty(prototype, key, { enumerable: false })
    }
  }
}

type OpenOptions = Omit<Parameters<typeof getDocument>[0] & object, 'data'>

/** How the readers here open a PDF: fonts kept as data (to tell whether each is embedded). */
const READING: OpenOptions = {
  disableFontFace: true,
  useSystemFonts: false,
  isEvalSupported: false,
  fontExtraProperties: true,
  verbosity: 0,
}

/** Opens the PDF with pdfjs-dist, reads it, and closes it; `options` replace the reading ones. */
export const withPdf = async <T>(
  pdf: Uint8Array,
  read: (document: PDFDocumentProxy) => Promise<T>,
  options: OpenOptions = READING,
) => {
  hidePrototypeAdditions()
  // pdfjs takes the bytes over (detaches the buffer): give it a copy.
  const document = await getDocument({ ...options, data: new Uint8Array(pdf) }).promise
  try {
    return await read(document)
  } finally {
    await document.destroy()
  }
}

export const eachPage = async <T>(
  document: PDFDocumentProxy,
  read: (page: PDFPageProxy, index: number) => Promise<T>,
) => {
  const results: T[] = []
  for (let number = 1; number <= document.numPages; number++) {
    results.push(await read(await document.getPage(number), number - 1))
  }
  return results
}

/** Text items with something to read: spaces are read from the gaps between items instead. */
const isTextItem = (item: TextItem | TextMarkedContent): item is TextItem =>
  'str' in item && item.str.trim() !== ''

/** A text item with its box in points from the page's top left, as a reader sees it placed. */
type PlacedItem = {
  item: TextItem
  left: number
  right: number
  top: number
  bottom: number
  fontSize: number
}

const placedItems = async (page: PDFPageProxy): Promise<PlacedItem[]> => {
  const { items, styles } = await page.getTextContent()
  const pageHeight = page.view[3] - page.view[1]
  return items.filter(isTextItem).map((item) => {
    const [a, b, , , x, y] = item.transform
    const fontSize = Math.hypot(a, b)
    const { ascent, descent } = styles[item.fontName]
    return {
      item,
      left: x,
      right: x + item.width,
      top: pageHeight - (y + ascent * fontSize),
      bottom: pageHeight - (y + descent * fontSize),
      fontSize,
    }
  })
}

/** Items side by side on the page: each one's middle lies within the line's first item. */
const intoLines = (items: PlacedItem[]) => {
  const lines: PlacedItem[][] = []
  for (const item of [...items].sort((a, b) => a.top - b.top)) {
    const middle = (item.top + item.bottom) / 2
    const line = lines.find(([first]) => middle > first.top && middle < first.bottom)
    if (line) {
      line.push(item)
    } else {
      lines.push([item])
    }
  }
  return lines.sort((a, b) => a[0].top - b[0].top)
}

/** Reverses each run of items set against the line's direction (Arabic in an English line). */
const inReadingOrder = (visual: PlacedItem[], direction: 'ltr' | 'rtl') => {
  const ordered: PlacedItem[] = []
  let run: PlacedItem[] = []
  for (const placed of visual) {
    if (placed.item.dir !== direction) {
      run.push(placed)
      continue
    }
    ordered.push(...run.reverse(), placed)
    run = []
  }
  return [...ordered, ...run.reverse()]
}

/** A gap wider than a tenth of an em reads as a space, as pdfjs and poppler read it. */
const lineText = (line: PlacedItem[]) => {
  const rightToLeft = line.filter(({ item }) => item.dir === 'rtl').length > line.length / 2
  const visual = [...line].sort((a, b) => (rightToLeft ? b.right - a.right : a.left - b.left))
  const ordered = inReadingOrder(visual, rightToLeft ? 'rtl' : 'ltr')
  return ordered
    .map(({ item, left, right, fontSize }, i) => {
      const previous = ordered[i - 1]
      if (!previous) {
        return item.str
      }
      const gap = Math.max(left - previous.right, previous.left - right)
      return (gap > fontSize * 0.1 ? ' ' : '') + item.str
    })
    .join('')
}

/** A page's text as laid out: lines top to bottom, each in reading order. */
const pageText = async (page: PDFPageProxy) =>
  intoLines(await placedItems(page))
    .map(lineText)
    .join('\n')

/** The text of each page, as a reader copying it out would get it, lines kept. */
export const pdfPagesText = (pdf: Uint8Array) =>
  withPdf(pdf, (document) => eachPage(document, pageText))

/** The text a reader (or screen reader) gets out of the PDF, with whitespace collapsed. */
export const pdfText = async (pdf: Uint8Array) =>
  (await pdfPagesText(pdf)).join('\n').replace(/\s+/g, ' ')

/** A word as drawn: page (from 0), box in points from the page's top left, and its font size. */
export type Word = {
  page: number
  text: string
  xMin: number
  xMax: number
  yMin: number
  yMax: number
  fontSize: number
}

/**
 * Splits a text item into words. pdfjs gives an item's width, not each glyph's, so a word's
 * left and right edges are shared out by its place in the item's characters; its box spans
 * the font's ascent to descent, as poppler's word boxes do.
 */
const itemWords = ({ item, left, right, top, bottom, fontSize }: PlacedItem, page: number) => {
  const perCharacter = (right - left) / Math.max(1, [...item.str].length)
  const words: Word[] = []
  for (const match of item.str.matchAll(/\S+/g)) {
    const start = [...item.str.slice(0, match.index)].length
    const end = start + [...match[0]].length
    // pdfjs gives right-to-left text in reading order: its first letter is at the right.
    const [xMin, xMax] =
      item.dir === 'rtl'
        ? [right - end * perCharacter, right - start * perCharacter]
        : [left + start * perCharacter, left + end * perCharacter]
    words.push({ page, text: match[0], xMin, xMax, yMin: top, yMax: bottom, fontSize })
  }
  return words
}

/** Every word with its page and position. */
export const pdfWords = (pdf: Uint8Array) =>
  withPdf(pdf, async (document) =>
    (
      await eachPage(document, async (page, index) =>
        (await placedItems(page)).flatMap((item) => itemWords(item, index)),
      )
    ).flat(),
  )

/** Median word height in points (ascent to descent): a stand-in for the body text size. */
export const medianWordHeight = async (pdf: Uint8Array) => {
  const heights = (await pdfWords(pdf)).map((word) => word.yMax - word.yMin).sort((a, b) => a - b)
  return heights[Math.floor(heights.length / 2)] ?? 0
}

const round = (value: number) => Math.round(value * 100) / 100

/** pdfjs's information dictionary, where the fields the tests read are strings. */
type InfoDictionary = { Title?: string; Author?: string; Subject?: string; Language?: string }

/** Page count, page sizes in points, the information dictionary, and whether it is tagged. */
export const pdfInfo = (pdf: Uint8Array) =>
  withPdf(pdf, async (document) => {
    const { info } = await document.getMetadata()
    const { Title, Author, Subject, Language } = info as InfoDictionary
    const pageSizes = await eachPage(document, async (page) => {
      const [left, bottom, right, top] = page.view
      return { width: round(right - left), height: round(top - bottom) }
    })
    const markInfo = await document.getMarkInfo()
    const firstPageTree = await (await document.getPage(1)).getStructTree()
    return {
      pages: document.numPages,
      pageSizes,
      /** The first page's size as pdfinfo prints it, e.g. `595.28 x 841.89 pts`. */
      pageSize: `${pageSizes[0].width} x ${pageSizes[0].height} pts`,
      title: Title,
      author: Author,
      subject: Subject,
      language: Language,
      /** Marked as tagged (MarkInfo) and with a structure tree behind its content. */
      tagged: Boolean(markInfo?.Marked) && Boolean(firstPageTree?.children.length),
    }
  })

export type PdfFont = {
  /** The font's name; a subset carries a six-letter tag, e.g. `ABCDEF+DejaVuSans`. */
  name: string
  /** The font's type as pdfjs reads it, e.g. `CIDFontType2` for a CID TrueType font. */
  type: string
  embedded: boolean
  subset: boolean
  /** A composite (Type 0) font, addressing glyphs by two-byte ids as pdfkit writes them. */
  composite: boolean
}

/** pdfjs's font object, with the properties `fontExtraProperties` keeps. */
type LoadedFont = { name: string; type: string; missingFile: boolean; composite?: boolean }

const pageFonts = async (page: PDFPageProxy) => {
  const { fnArray, argsArray } = await page.getOperatorList()
  const ids = new Set(
    fnArray.flatMap((fn, i) => (fn === OPS.setFont ? [argsArray[i][0] as string] : [])),
  )
  return [...ids].map((id) => page.commonObjs.get(id) as LoadedFont)
}

/** Every font the pages draw text with, once each. */
export const pdfFonts = (pdf: Uint8Array) =>
  withPdf(pdf, async (document) => {
    const fonts = new Map<string, PdfFont>()
    for (const font of (await eachPage(document, pageFonts)).flat()) {
      fonts.set(font.name, {
        name: font.name,
        type: font.type,
        embedded: !font.missingFile,
        subset: /^[A-Z]{6}\+/.test(font.name),
        composite: Boolean(font.composite),
      })
    }
    return [...fonts.values()]
  })

export type StructureElement = { role: string; alt?: string; children: StructureElement[] }

const isElement = (
  kid: StructTreeNode | StructTreeContent,
): kid is StructTreeNode & {
  alt?: string
} => 'role' in kid

const element = (node: StructTreeNode & { alt?: string }): StructureElement => ({
  role: node.role,
  ...(node.alt === undefined ? {} : { alt: node.alt }),
  children: node.children.filter(isElement).map(element),
})

/** Each page's structure tree (the tagged elements its content belongs to), from the root. */
export const pdfStructureTrees = (pdf: Uint8Array) =>
  withPdf(pdf, (document) =>
    eachPage(document, async (page) => {
      const tree = await page.getStructTree()
      return tree ? element(tree) : null
    }),
  )

/** Every element of the trees, depth first. */
export const structureElements = (trees: (StructureElement | null)[]): StructureElement[] =>
  trees.flatMap((tree) => (tree ? [tree, ...structureElements(tree.children)] : []))

export type DrawnImage = {
  page: number
  /** The image's own size in pixels. */
  width: number
  height: number
  /** The size it is drawn at on the page, in points. */
  drawnWidth: number
  drawnHeight: number
}

type Matrix = [number, number, number, number, number, number]

const multiply = ([a, b, c, d, e, f]: Matrix, [A, B, C, D, E, F]: Matrix): Matrix => [
  a * A + b * C,
  a * B + b * D,
  c * A + d * C,
  c * B + d * D,
  e * A + f * C + E,
  e * B + f * D + F,
]

/** Images are drawn in a unit square: the current matrix scales it to the size on the page. */
const drawnSize = ([a, b, c, d]: Matrix) => ({
  drawnWidth: Math.hypot(a, b),
  drawnHeight: Math.hypot(c, d),
})

const pageImages = async (page: PDFPageProxy, index: number) => {
  const { fnArray, argsArray } = await page.getOperatorList()
  const images: DrawnImage[] = []
  const saved: Matrix[] = []
  let matrix: Matrix = [1, 0, 0, 1, 0, 0]
  fnArray.forEach((fn, i) => {
    const args = argsArray[i]
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      saved.push(matrix)
    }
    if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) {
      matrix = saved.pop() ?? matrix
    }
    if (fn === OPS.transform) {
      matrix = multiply(args as Matrix, matrix)
    }
    if (fn === OPS.paintFormXObjectBegin && args[0]) {
      matrix = multiply(args[0] as Matrix, matrix)
    }
    if (fn === OPS.paintImageXObject) {
      const [, width, height] = args as [string, number, number]
      images.push({ page: index, width, height, ...drawnSize(matrix) })
    }
    if (fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) {
      const [{ width, height }] = args as [{ width: number; height: number }]
      images.push({ page: index, width, height, ...drawnSize(matrix) })
    }
  })
  return images
}

/** Every image the pages draw, with its pixel size and the size it is drawn at. */
export const pdfImages = (pdf: Uint8Array) =>
  withPdf(pdf, async (document) => (await eachPage(document, pageImages)).flat())

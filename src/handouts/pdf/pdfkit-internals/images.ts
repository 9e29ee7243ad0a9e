/**
 * The image code's only use of pdfkit internals. A palette PNG prepared once per process is
 * written as an image XObject through the document's internal `ref()`, and handed to the
 * public `image()` as an already opened image: pdfkit draws any object with a size, a label and
 * `embed`, an undocumented contract.
 */

import { missingMembers, PdfkitShapeError, type Shape } from './shape'

/** An 8-bit palette PNG made ready to embed in any number of documents. */
export type PreparedPalettePng = {
  width: number
  height: number
  /** The IDAT data as stored: palette indices, deflated, with PNG row filters. */
  indices: Buffer
  /** The PLTE chunk: RGB triplets. */
  palette: Buffer
  /** The deflated soft mask (one byte per pixel), when the PNG has transparency. */
  alphaChannel?: Buffer
}

type Ref = { data: Record<string, unknown>; end: (chunk?: Uint8Array) => void }
type DocumentInternals = { ref: (data?: Record<string, unknown>) => Ref }

const IMAGE_DOCUMENT: Shape = { ref: 'function', image: 'function' }

/** Throws a PdfkitShapeError when `pdf` lacks what the image fast path uses. */
export const requireImageShape = (pdf: PDFKit.PDFDocument): void => {
  const missing = missingMembers('PDFDocument', pdf, IMAGE_DOCUMENT)
  if (missing.length > 0) {
    throw new PdfkitShapeError(missing)
  }
}

/** What `image()` embeds: the same objects pdfkit writes for such a PNG, from prepared data. */
class PaletteImage {
  readonly width: number
  readonly height: number
  obj: Ref | null = null

  constructor(
    private readonly png: PreparedPalettePng,
    readonly label: string,
  ) {
    this.width = png.width
    this.height = png.height
  }

  embed(document: DocumentInternals) {
    if (this.obj) {
      return
    }
    const { width, height, indices, palette, alphaChannel } = this.png
    const paletteStream = document.ref()
    paletteStream.end(palette)
    const obj = document.ref({
      Type: 'XObject',
      Subtype: 'Image',
      BitsPerComponent: 8,
      Width: width,
      Height: height,
      Filter: 'FlateDecode',
      DecodeParms: { Predictor: 15, Colors: 1, BitsPerComponent: 8, Columns: width },
      ColorSpace: ['Indexed', 'DeviceRGB', palette.length / 3 - 1, paletteStream],
    })
    if (alphaChannel) {
      const sMask = document.ref({
        Type: 'XObject',
        Subtype: 'Image',
        Width: width,
        Height: height,
        BitsPerComponent: 8,
        Filter: 'FlateDecode',
        ColorSpace: 'DeviceGray',
        Decode: [0, 1],
      })
      sMask.end(alphaChannel)
      obj.data.SMask = sMask
    }
    this.obj = obj
    obj.end(indices)
  }
}

/** Draws a prepared PNG in `pdf`; `label` names it in the page's resources, unique per document. */
export const preparedPngDrawer = (
  pdf: PDFKit.PDFDocument,
  png: PreparedPalettePng,
  label: string,
): ((x: number, y: number, width: number, height: number) => void) => {
  const image = new PaletteImage(png, label) as unknown as PDFKit.Mixins.ImageSrc
  return (x, y, width, height) => {
    pdf.image(image, x, y, { width, height })
  }
}

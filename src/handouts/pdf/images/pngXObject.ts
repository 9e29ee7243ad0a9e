import type { PreparedPng } from './pngPrepared'

type Ref = {
  data: Record<string, unknown>
  compress: boolean
  write: (chunk: Uint8Array) => void
  end: (chunk?: Uint8Array) => void
}
type Document = { ref: (data?: Record<string, unknown>) => Ref }

/**
 * A prepared PNG as one PDF's image: what pdfkit's `image()` draws (it takes any object with a
 * size, a label and `embed`). `embed` writes the same objects, in the same order, as pdfkit's
 * own PNG embedding, so the PDF's bytes are unchanged. With transparency pdfkit finishes the
 * image asynchronously, after the rest of the document; that timing is kept too.
 */
export class PngXObject {
  readonly width: number
  readonly height: number
  obj: Ref | null = null

  constructor(
    private readonly prepared: PreparedPng,
    readonly label: string,
  ) {
    this.width = prepared.png.width
    this.height = prepared.png.height
  }

  embed(document: Document) {
    if (this.obj) return
    const { png, alphaChannel } = this.prepared
    const obj = document.ref({
      Type: 'XObject',
      Subtype: 'Image',
      BitsPerComponent: png.hasAlphaChannel ? 8 : png.bits,
      Width: png.width,
      Height: png.height,
      Filter: 'FlateDecode',
    })
    this.obj = obj
    if (!png.hasAlphaChannel) {
      const params = document.ref({
        Predictor: 15,
        Colors: png.colours,
        BitsPerComponent: png.bits,
        Columns: png.width,
      })
      obj.data.DecodeParms = params
      params.end()
    }
    if (png.palette.length === 0) {
      obj.data.ColorSpace = png.colours === 1 ? 'DeviceGray' : 'DeviceRGB'
    } else {
      obj.data.ColorSpace = [
        'Indexed',
        'DeviceRGB',
        png.palette.length / 3 - 1,
        this.palette(document),
      ]
    }
    const { grayscale, rgb } = png.transparency
    if (grayscale != null) {
      obj.data.Mask = [grayscale, grayscale]
    } else if (rgb) {
      obj.data.Mask = rgb.flatMap((value) => [value, value])
    } else if (alphaChannel) {
      setImmediate(() => this.finish(document, alphaChannel))
      return
    }
    this.finish(document)
  }

  /**
   * The palette stream, written as pdfkit writes it (it deflates the palette itself, keys
   * Length then Filter), from data deflated once when the image was prepared.
   */
  private palette(document: Document): Ref {
    const palette = document.ref()
    const deflated = this.prepared.palette
    if (!deflated) {
      palette.end(this.prepared.png.palette)
      return palette
    }
    palette.compress = false
    palette.write(deflated)
    palette.data.Filter = 'FlateDecode'
    palette.end()
    return palette
  }

  private finish(document: Document, alphaChannel?: Buffer) {
    const obj = this.obj as Ref
    if (alphaChannel) {
      const sMask = document.ref({
        Type: 'XObject',
        Subtype: 'Image',
        Height: this.height,
        Width: this.width,
        BitsPerComponent: 8,
        Filter: 'FlateDecode',
        ColorSpace: 'DeviceGray',
        Decode: [0, 1],
      })
      sMask.end(alphaChannel)
      obj.data.SMask = sMask
    }
    obj.end(this.prepared.imgData)
  }
}

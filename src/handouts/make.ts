import type { Payload } from 'payload'

import { templates, type HandoutTemplate } from '../../templates'
import type { ComposedDocument, ImageSize } from './compose/context'
import { callerReader, type Caller, type LibraryReader } from './compose/reader'
import type { HandoutDocument } from './document'
import { renderEmailOffThread, renderPdfOffThread } from './render/renderPool'
import { mapImages } from './snapshot/mapImages'

export type HandoutRequest = Caller & {
  payload: Payload
  /**
   * How compose reads. By default the Local API as the caller, nothing kept; the delivery
   * passes its own reader, which records content versions and keeps the shared library.
   */
  reader?: LibraryReader
  template: HandoutTemplate['name']
  id: number
  paper?: 'A4' | 'LETTER'
  largePrint?: boolean
  date?: Date
  /** The patient's program page, when the handout is being sent to them. */
  programLink?: string
}

let composes = 0

/** How many handouts this process has composed: what a test counts to prove a read composes none. */
export const composeCount = () => composes

/** Composes a handout once, with its pictures loaded in each of `imageSizes`. */
export const composeDocument = async (
  request: HandoutRequest,
  imageSizes: readonly ImageSize[],
): Promise<ComposedDocument> => {
  composes += 1
  const document = await templates[request.template].compose(
    {
      reader: request.reader ?? callerReader(request.payload, request),
      mediaDir: request.payload.collections.media.config.upload.staticDir as string,
      imageSizes,
      paper: request.paper ?? 'A4',
      largePrint: request.largePrint,
      date: request.date,
    },
    request.id,
  )
  return request.programLink
    ? { ...document, meta: { ...document.meta, programLink: request.programLink } }
    : document
}

/** A composed handout's pictures in one of the sizes it was composed with. */
export const inSize = (document: ComposedDocument, size: ImageSize): HandoutDocument =>
  mapImages(document, (image) => {
    const sized = image.sizes[size]
    if (!sized) {
      throw new Error(`The handout was composed without its ${size} pictures`)
    }
    return sized
  })

/** Composes a handout for one renderer: only that size of each picture is read. */
export const composeHandout = async (
  request: HandoutRequest,
  imageSize: ImageSize,
): Promise<HandoutDocument> => inSize(await composeDocument(request, [imageSize]), imageSize)

/** compose → HandoutDocument → PDF bytes (drawn on a render thread). */
export const makeHandoutPdf = async (request: HandoutRequest) => {
  const document = await composeHandout(request, 'print')
  return { document, pdf: await renderPdfOffThread(document, { creationDate: request.date }) }
}

/** compose → HandoutDocument → { subject, html, text, attachments } (on a render thread). */
export const makeHandoutEmail = async (request: HandoutRequest) => {
  const document = await composeHandout(request, 'email')
  return { document, email: await renderEmailOffThread(document) }
}

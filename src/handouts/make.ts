import type { Payload, TypedUser } from 'payload'

import { templates, type HandoutTemplate } from '../../templates'
import type { ImageSize } from './compose/context'
import type { HandoutDocument } from './document'
import { renderEmail } from './email/renderEmail'
import { renderPdf } from './pdf/renderPdf'

export type HandoutRequest = {
  payload: Payload
  user?: TypedUser | null
  system?: boolean
  template: HandoutTemplate['name']
  id: number
  paper?: 'A4' | 'LETTER'
  largePrint?: boolean
  date?: Date
}

export const composeHandout = (request: HandoutRequest, imageSize: ImageSize): Promise<HandoutDocument> =>
  templates[request.template].compose(
    {
      payload: request.payload,
      user: request.user,
      system: request.system,
      imageSize,
      paper: request.paper ?? 'A4',
      largePrint: request.largePrint,
      date: request.date,
    },
    request.id,
  )

/** compose → HandoutDocument → PDF bytes. */
export const makeHandoutPdf = async (request: HandoutRequest) => {
  const document = await composeHandout(request, 'print')
  return { document, pdf: await renderPdf(document, { creationDate: request.date }) }
}

/** compose → HandoutDocument → { subject, html, text, attachments }. */
export const makeHandoutEmail = async (request: HandoutRequest) => {
  const document = await composeHandout(request, 'email')
  return { document, email: renderEmail(document) }
}

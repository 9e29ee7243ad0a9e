import { readBody } from '../requestGuard/readBody'
import { RequestRefused } from '../requestGuard/refusal'
import { FormRefused } from './refusal'

/** A form on the patient's page is a few fields and a note of 500 characters: 16 KB is plenty. */
export const FORM_BODY_BYTES = 16 * 1024

/**
 * A plain form post's fields (`application/x-www-form-urlencoded`), its size checked before any
 * of it is parsed: a larger body is refused with 413 as soon as it passes the limit.
 */
export const formFields = async (request: Request): Promise<URLSearchParams> => {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') {
    throw new FormRefused(
      415,
      'Send the form as the page does (application/x-www-form-urlencoded).',
    )
  }
  let bytes: Uint8Array
  try {
    bytes = await readBody(request, FORM_BODY_BYTES)
  } catch (error) {
    if (error instanceof RequestRefused) {
      throw new FormRefused(413, 'This form is too large: a note can be at most 500 characters.')
    }
    throw error
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new FormRefused(400, 'The form could not be read (it is not UTF-8 text).')
  }
  return new URLSearchParams(text)
}

/** The one value of a field; a field given twice is refused (the page never sends one twice). */
export const single = (fields: URLSearchParams, name: string): string | undefined => {
  const values = fields.getAll(name)
  if (values.length > 1) {
    throw new FormRefused(400, `The form gave "${name}" more than once.`)
  }
  return values[0]
}

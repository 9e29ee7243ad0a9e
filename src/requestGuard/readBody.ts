import { RequestRefused } from './refusal'

/** The body's bytes, refused with 413 as soon as they pass `maxBytes` (never buffered whole). */
export const readBody = async (
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer>> => {
  const tooLarge = () =>
    new RequestRefused(413, `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`)
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) {
    throw tooLarge()
  }
  if (!request.body) {
    return new Uint8Array(0)
  }
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(read.value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

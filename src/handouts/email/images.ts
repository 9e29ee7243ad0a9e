import type { HandoutImage } from '../document'

export type InlineAttachment = {
  cid: string
  filename: string
  content: Buffer
  contentType: string
}

export type ImageRegistry = {
  /** The Content-ID to reference as `cid:<id>`; the same key always gives the same one. */
  cidFor: (image: HandoutImage) => string
  attachments: () => InlineAttachment[]
}

const EXTENSIONS: Record<HandoutImage['mimeType'], string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
}

const sanitiseKey = (key: string): string =>
  key
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 64) || 'image'

/** One per render: collects each distinct image once, in the order the email first uses it. */
export const createImageRegistry = (): ImageRegistry => {
  const byKey = new Map<string, InlineAttachment>()
  const taken = new Set<string>()

  const uniqueCid = (key: string) => {
    const base = sanitiseKey(key)
    let cid = base
    for (let n = 2; taken.has(cid); n += 1) {
      cid = `${base}-${n}`
    }
    taken.add(cid)
    return cid
  }

  return {
    cidFor: (image) => {
      const known = byKey.get(image.key)
      if (known) {
        return known.cid
      }
      const cid = uniqueCid(image.key)
      byKey.set(image.key, {
        cid,
        filename: `${cid}.${EXTENSIONS[image.mimeType]}`,
        content: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength),
        contentType: image.mimeType,
      })
      return cid
    },
    attachments: () => [...byKey.values()],
  }
}

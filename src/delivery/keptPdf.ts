import { randomUUID } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

/**
 * Writes a delivery's PDF into the deliveries' upload folder, where Payload serves it as the
 * delivery's file, and returns its file name. Written under a name of its own, then renamed:
 * a download never reads half a file, and a retry replaces the file whole.
 */
export const writeDeliveryPdf = async (payload: Payload, id: number, pdf: Buffer) => {
  const staticDir = payload.collections.deliveries.config.upload.staticDir as string
  const filename = `delivery-${id}.pdf`
  await mkdir(staticDir, { recursive: true })
  const partial = path.join(staticDir, `.${filename}.${randomUUID()}.part`)
  await writeFile(partial, pdf)
  await rename(partial, path.join(staticDir, filename))
  return filename
}

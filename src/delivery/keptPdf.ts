import path from 'node:path'

import type { Payload } from 'payload'

import { writeWholeFile } from '../files/writeWholeFile'

/**
 * Writes a delivery's PDF into the deliveries' upload folder, where Payload serves it as the
 * delivery's file, and returns its file name; a retry replaces the file whole.
 */
export const writeDeliveryPdf = async (payload: Payload, id: number, pdf: Buffer) => {
  const staticDir = payload.collections.deliveries.config.upload.staticDir as string
  const filename = `delivery-${id}.pdf`
  await writeWholeFile(path.join(staticDir, filename), pdf)
  return filename
}

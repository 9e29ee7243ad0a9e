import type { HandoutDocument } from '../handouts/document'
import { renderEmailOffThread, renderPdfOffThread } from '../handouts/render/renderPool'
import type { ImageTarget } from '../handouts/snapshot/image'
import { mapImagesAsync } from '../handouts/snapshot/mapImages'
import type { HandoutSnapshot } from '../handouts/snapshot/schema'
import { checkedKeptImage } from './imageStore'

/** The snapshot's handout with the bytes of the pictures one renderer draws. */
export const snapshotDocumentFor = (
  snapshot: HandoutSnapshot,
  target: ImageTarget,
): Promise<HandoutDocument> =>
  mapImagesAsync(snapshot.document, async (image) => {
    const file = image[target]
    return {
      key: image.key,
      alt: image.alt,
      data: await checkedKeptImage(file.sha256),
      mimeType: file.mimeType,
      width: file.width,
      height: file.height,
    }
  })

/** The snapshot's PDF: print pictures, created when it was composed, so the same bytes each time. */
export const renderSnapshotPdf = async (snapshot: HandoutSnapshot) =>
  renderPdfOffThread(await snapshotDocumentFor(snapshot, 'print'), {
    creationDate: new Date(snapshot.composedAt),
  })

/** The snapshot's email: subject, HTML, text and the email size of its pictures. */
export const renderSnapshotEmail = async (snapshot: HandoutSnapshot) =>
  renderEmailOffThread(await snapshotDocumentFor(snapshot, 'email'))

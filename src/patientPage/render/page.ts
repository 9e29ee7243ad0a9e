import type { KeptDocument, KeptImage } from '../../delivery/keptDocument'
import type { Block, HandoutDocument } from '../../handouts/document'
import {
  renderProgramPage as renderSnapshotPage,
  type RenderedPage,
} from '../../handouts/page/page'
import type { SnapshotImage } from '../../handouts/snapshot/image'

/**
 * The page renderer moved to src/handouts/page/ and takes a snapshot's document. This path
 * stays only while src/patientPage/respond.ts passes a delivery's kept document: it reads the
 * kept document's pictures (one stored size each) as a snapshot's, then renders that.
 */
export type { RenderedPage }

const asSnapshotImage = ({ key, alt, sha256, mimeType, width, height }: KeptImage) => {
  const file = { sha256, mimeType, width, height }
  return { key, alt, print: file, email: file } satisfies SnapshotImage
}

const asSnapshotBlock = (block: unknown): Block<SnapshotImage> => {
  const kept = block as { image?: KeptImage }
  return (
    kept.image ? { ...kept, image: asSnapshotImage(kept.image) } : kept
  ) as Block<SnapshotImage>
}

const asSnapshotDocument = (document: KeptDocument): HandoutDocument<SnapshotImage> => {
  const { logo, ...branding } = document.branding
  return {
    ...document,
    branding: logo ? { ...branding, logo: asSnapshotImage(logo) } : branding,
    blocks: document.blocks.map(asSnapshotBlock),
  }
}

export const renderProgramPage = (page: {
  document: KeptDocument
  sentAt: string
  base: string
  large: boolean
}): RenderedPage => renderSnapshotPage({ ...page, document: asSnapshotDocument(page.document) })

import type { z } from 'zod'

import type { KeptDocument, KeptImage } from './legacy'
import { handoutSnapshotV1, type HandoutSnapshot } from './schema'

type SnapshotV1 = z.infer<typeof handoutSnapshotV1>

/** What a delivery kept beside its pre-snapshot handout. */
export type PreSnapshotDelivery = {
  contentVersions: Record<string, string>
  template: SnapshotV1['template']
  /** When the send was asked for: the nearest record of when it was composed. */
  createdAt: string
}

/** A kept picture had one file, the email size: both sizes of the snapshot point at it. */
const bothSizes = ({ key, alt, sha256, mimeType, width, height }: KeptImage) => {
  const file = { sha256, mimeType, width, height }
  return { key, alt, print: file, email: file }
}

const upgradeBlock = (block: unknown): unknown => {
  const { type, image } = (block ?? {}) as { type?: unknown; image?: KeptImage }
  return (type === 'image' || type === 'techniqueCard') && image
    ? { ...(block as object), image: bothSizes(image) }
    : block
}

/**
 * A handout kept before snapshots (the delivery's `document`), as a version 1 snapshot:
 * validated, so a block kind or field the schema does not know throws (the ZodError names
 * where). Pure: the migration reads the rows, calls it and writes what it returns.
 */
export const snapshotFromKeptDocument = (
  document: KeptDocument,
  { contentVersions, template, createdAt }: PreSnapshotDelivery,
): SnapshotV1 => {
  const { logo, ...branding } = document.branding
  return handoutSnapshotV1.parse({
    schemaVersion: 1,
    template,
    composedAt: new Date(createdAt).toISOString(),
    contentVersions,
    print: { paper: document.layout.paper, largePrint: document.layout.largePrint },
    document: {
      ...document,
      branding: logo ? { ...branding, logo: bothSizes(logo) } : branding,
      blocks: document.blocks.map(upgradeBlock),
    },
  })
}

/**
 * How each stored schema version becomes the current snapshot: its own schema, then the
 * upgrades after it. A version 2 adds its schema here and turns version 1's reader into
 * `(stored) => v1ToV2(handoutSnapshotV1.parse(stored))`.
 */
export const snapshotVersions: Record<number, (stored: unknown) => HandoutSnapshot> = {
  1: (stored) => handoutSnapshotV1.parse(stored),
}

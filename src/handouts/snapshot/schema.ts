import { z } from 'zod'

import { handoutTemplates } from '../../../collections/vocabularies'
import type { Block, Branding, HandoutDocument, Inline, ListItem } from '../document'
import { snapshotImage, type SnapshotImage } from './image'

/**
 * A send's snapshot, as stored with its delivery and read back by every renderer: the handout
 * document (its pictures by checksum) and what it was made from. Strict: a key or a block kind
 * this schema does not know is an error, never dropped.
 */

const textInline = z.strictObject({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
})

const linkInline = z.strictObject({
  type: z.literal('link'),
  url: z.string(),
  get children(): z.ZodArray<typeof inline> {
    return z.array(inline)
  },
})

const lineBreak = z.strictObject({ type: z.literal('lineBreak') })

export const inline = z.discriminatedUnion('type', [textInline, linkInline, lineBreak])

export const listItem = z.strictObject({
  children: z.array(inline),
  get sublist(): z.ZodOptional<typeof sublist> {
    return sublist.optional()
  },
})

const sublist = z.strictObject({ ordered: z.boolean(), items: z.array(listItem) })

const dosageRow = z.strictObject({ label: z.string(), value: z.string() })

const resourceEntry = z.strictObject({
  title: z.string(),
  kind: z.string().optional(),
  summary: z.string().optional(),
  url: z.string().optional(),
})

const strings = z.array(z.string())

export const block = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('heading'), level: z.literal([1, 2, 3]), text: z.string() }),
  z.strictObject({ type: z.literal('paragraph'), children: z.array(inline) }),
  z.strictObject({ type: z.literal('list'), ordered: z.boolean(), items: z.array(listItem) }),
  z.strictObject({ type: z.literal('quote'), children: z.array(inline) }),
  z.strictObject({
    type: z.literal('image'),
    image: snapshotImage,
    caption: z.string().optional(),
  }),
  z.strictObject({
    type: z.literal('techniqueCard'),
    number: z.number().int(),
    name: z.string(),
    summary: z.string().optional(),
    image: snapshotImage.optional(),
    steps: strings,
    dosage: z.array(dosageRow),
    cues: strings.optional(),
    precautions: strings.optional(),
    note: z.string().optional(),
    breakable: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('dosageTable'),
    caption: z.string().optional(),
    rows: z.array(dosageRow),
  }),
  z.strictObject({
    type: z.literal('callout'),
    tone: z.enum(['warning', 'tip']),
    title: z.string(),
    items: strings.optional(),
    children: z.array(inline).optional(),
    breakable: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('resourceList'),
    title: z.string().optional(),
    resources: z.array(resourceEntry),
  }),
  z.strictObject({
    type: z.literal('contact'),
    lines: strings,
    signature: z.string().optional(),
  }),
])

export const paper = z.enum(['A4', 'LETTER'])

const branding = z.strictObject({
  clinicName: z.string(),
  logo: snapshotImage.optional(),
  primaryColour: z.string(),
  accentColour: z.string(),
  contactLines: strings,
  footer: z.string().optional(),
  disclaimer: z.string().optional(),
})

export const snapshotDocument = z.strictObject({
  meta: z.strictObject({
    title: z.string(),
    subtitle: z.string().optional(),
    language: z.string().min(1),
    patientName: z.string().optional(),
    clinicianName: z.string().optional(),
    date: z.iso.date(),
    template: z.string(),
    programLink: z.string().optional(),
  }),
  branding,
  layout: z.strictObject({ paper, largePrint: z.boolean() }),
  blocks: z.array(block),
})

const mailbox = z.strictObject({ name: z.string(), address: z.string().min(1) })

/** Version 1 of a send's snapshot. Add a version beside it (and its upgrade), never edit it. */
export const handoutSnapshotV1 = z
  .strictObject({
    schemaVersion: z.literal(1),
    template: z.enum(handoutTemplates),
    /** When it was composed: the PDF's creation date, so a re-render is the same bytes. */
    composedAt: z.iso.datetime(),
    /** `collection:id` (or `global:slug`) → the `updatedAt` of the version composed from. */
    contentVersions: z.record(z.string(), z.string()),
    print: z.strictObject({ paper, largePrint: z.boolean() }),
    /**
     * Who the email is from, as it was when the send was asked for; absent in a snapshot
     * upgraded from a handout kept before snapshots (then: as the clinic's settings say now).
     */
    sender: z.strictObject({ from: mailbox, replyTo: mailbox.optional() }).optional(),
    document: snapshotDocument,
  })
  .refine(
    (snapshot) =>
      snapshot.print.paper === snapshot.document.layout.paper &&
      snapshot.print.largePrint === snapshot.document.layout.largePrint,
    { message: "The print options differ from the document's layout", path: ['print'] },
  )

/** The snapshot as this code writes it: the newest version. */
export const handoutSnapshot = handoutSnapshotV1

export type HandoutSnapshot = z.infer<typeof handoutSnapshot>
export type SnapshotDocument = z.infer<typeof snapshotDocument>
export type SnapshotBlock = z.infer<typeof block>
export type SnapshotInline = z.infer<typeof inline>
export type SnapshotListItem = z.infer<typeof listItem>
export type SnapshotBranding = z.infer<typeof branding>
export type { SnapshotImage }

/**
 * Compile-time: the schema and the handout's own types are the same both ways. A block kind
 * or field added to document.ts and not here (or the reverse) fails `npm run typecheck`.
 */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const same = <T extends true>(proof: T) => proof
same<Same<SnapshotInline, Inline>>(true)
same<Same<SnapshotListItem, ListItem>>(true)
same<Same<SnapshotBlock, Block<SnapshotImage>>>(true)
same<Same<SnapshotBranding, Branding<SnapshotImage>>>(true)
same<Same<SnapshotDocument, HandoutDocument<SnapshotImage>>>(true)

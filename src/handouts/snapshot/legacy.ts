import type { HandoutDocument, HandoutImage } from '../document'

/**
 * How a delivery kept its handout before snapshots (the `document` field): the email's
 * pictures only, each by the SHA-256 of its one kept file. Read only to upgrade it.
 */
export type KeptImage = Omit<HandoutImage, 'data'> & { sha256: string }

export type KeptDocument = Omit<HandoutDocument, 'blocks' | 'branding'> & {
  branding: Omit<HandoutDocument['branding'], 'logo'> & { logo?: KeptImage }
  blocks: unknown[]
}

import type { HandoutDocument, HandoutImage } from '../document'
import type { LibraryReader } from './reader'

export type ImageSize = 'print' | 'email'

/** A picture as compose loaded it: its bytes in each size the compose was asked for. */
export type ComposedImage = {
  key: string
  alt: string
  sizes: Partial<Record<ImageSize, HandoutImage>>
}

/** A composed handout: its pictures in every size asked for (one for a preview, both for a send). */
export type ComposedDocument = HandoutDocument<ComposedImage>

/** What every compose function gets: how it reads, and what kind of handout it makes. */
export type ComposeContext = {
  /** Every read goes through it: it carries the caller's access, and any cache. */
  reader: LibraryReader
  /** The media collection's upload folder, where illustrations' files are stored. */
  mediaDir: string
  /**
   * Which stored image sizes to load, in one pass: print for PDFs, email for messages and the
   * patient's page; a send loads both, a preview only the one it draws.
   */
  imageSizes: readonly ImageSize[]
  paper: 'A4' | 'LETTER'
  /** Asked for, or not; undefined: as the document itself says (a program's own setting). */
  largePrint?: boolean
  /** Today, for the handout's date; fixed in tests. */
  date?: Date
}

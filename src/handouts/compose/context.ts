import type { LibraryReader } from './reader'

export type ImageSize = 'print' | 'email'

/** What every compose function gets: how it reads, and what kind of handout it makes. */
export type ComposeContext = {
  /** Every read goes through it: it carries the caller's access, and any cache. */
  reader: LibraryReader
  /** The media collection's upload folder, where illustrations' files are stored. */
  mediaDir: string
  /** Which stored image size to embed: print for PDFs, email for messages. */
  imageSize: ImageSize
  paper: 'A4' | 'LETTER'
  /** Asked for, or not; undefined: as the document itself says (a program's own setting). */
  largePrint?: boolean
  /** Today, for the handout's date; fixed in tests. */
  date?: Date
}

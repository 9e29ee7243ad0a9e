import type { Payload, TypedUser } from 'payload'

export type ImageSize = 'print' | 'email'

/** What every compose function gets: who asks (their access applies to every read) and how. */
export type ComposeContext = {
  payload: Payload
  /** Undefined for an anonymous visitor, who sees published content only. */
  user?: TypedUser | null
  /** Command-line and server tasks read as the system, without a user's access rules. */
  system?: boolean
  /** Which stored image size to embed: print for PDFs, email for messages. */
  imageSize: ImageSize
  paper: 'A4' | 'LETTER'
  /** Asked for, or not; undefined: as the document itself says (a program's own setting). */
  largePrint?: boolean
  /** Today, for the handout's date; fixed in tests. */
  date?: Date
}

/** Read options that apply the caller's access rules and show published content. */
export const readAs = (context: ComposeContext) => ({
  overrideAccess: Boolean(context.system),
  user: context.user ?? undefined,
  draft: false,
})

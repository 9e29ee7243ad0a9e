/** What the plain-text block renderers need besides their block. */
export type TextContext = {
  /** For upper-casing headings by the language's rules. */
  language: string
  clinicianName?: string
}

/** Builders for Lexical rich text as Payload stores it (a note, a body), for test data. */

export const richTextText = (value: string) => ({
  type: 'text',
  text: value,
  version: 1,
  format: 0,
})

export const richTextParagraph = (children: unknown) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
})

/** A whole rich-text value: its root holding `children` (paragraphs, lists, headings…). */
export const richTextDocument = (children: unknown) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})

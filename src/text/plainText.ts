import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { repairRichText } from '../richText/repairRichText'

type RowOfText = { text?: string | null }

const isRichText = (value: unknown): value is SerializedEditorState =>
  Boolean(value && typeof value === 'object' && 'root' in value)

/**
 * Joins strings, lists of `{ text }` rows and Lexical documents into sentences of plain text,
 * each piece ending a sentence so list rows don't run together.
 */
export const plainTextOf = (...parts: unknown[]): string =>
  parts
    .flatMap((part): string[] => {
      if (typeof part === 'string') {
        return [part]
      }
      if (Array.isArray(part)) {
        return part.map((row: RowOfText) => row?.text ?? '').filter(Boolean)
      }
      if (isRichText(part)) {
        // Stored rich text that is not valid Lexical is read for the text it holds.
        const readable = repairRichText(part)
        return readable.ok
          ? [convertLexicalToPlaintext({ data: readable.value as SerializedEditorState })]
          : []
      }
      return []
    })
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => (/[.!?:]$/.test(piece) ? piece : `${piece}.`))
    .join('\n')

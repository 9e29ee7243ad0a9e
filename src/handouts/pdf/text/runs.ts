import type { Inline } from '../../document'
import { printedAddress, saysItsAddress } from '../../printedAddress'
import { unknownInlineKind } from '../../unknownKind'

/** A stretch of text with one set of inline styles: what the line breaker consumes. */
export type Run = {
  text: string
  bold?: boolean
  italic?: boolean
  underline?: boolean
  /** A URL the text links to (http, https, mailto or tel only). */
  link?: string
  colour?: string
}

const SAFE_LINK = /^(https?:\/\/|mailto:|tel:)/i

export const safeLink = (url: unknown): string | undefined =>
  typeof url === 'string' && SAFE_LINK.test(url.trim()) ? url.trim() : undefined

/**
 * Flattens inline nodes into runs; malformed ones degrade to their text, and one of a kind no
 * renderer knows fails, naming it. A link's address is printed after its text.
 */
export const runsFromInlines = (inlines: readonly Inline[] | undefined, link?: string): Run[] => {
  // Typed again: Array.isArray makes a readonly array `any[]`.
  const items: readonly Inline[] = Array.isArray(inlines) ? inlines : []
  return items.flatMap((inline): Run[] => {
    if (!inline || typeof inline !== 'object') {
      return []
    }
    switch (inline.type) {
      case 'text':
        return typeof inline.text === 'string'
          ? [
              {
                text: inline.text,
                bold: inline.bold,
                italic: inline.italic,
                underline: inline.underline,
                link,
              },
            ]
          : []
      case 'link': {
        const url = safeLink(inline.url)
        const runs = runsFromInlines(inline.children, url ?? link)
        const text = runs.map((run) => run.text).join('')
        // Paper cannot be clicked: the address follows the link's text, as a reader types it.
        return url && !link && !saysItsAddress(text, url)
          ? [...runs, { text: ` (${printedAddress(url)})`, link: url }]
          : runs
      }
      case 'lineBreak':
        return [{ text: '\n' }]
      default:
        return unknownInlineKind(inline)
    }
  })
}

export const plainRuns = (text: string | undefined, style: Omit<Run, 'text'> = {}): Run[] =>
  typeof text === 'string' && text.length > 0 ? [{ ...style, text }] : []

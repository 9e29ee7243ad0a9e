import type { Inline } from '../../document'
import { unknownInlineKind } from '../../unknownKind'
import { displayUrl, linkableUrl } from '../links'

/** Inline content as plain text; a link reads "its text (its address)". */
export const inlineText = (inlines: Inline[], insideLink = false): string =>
  inlines
    .map((inline) => {
      switch (inline.type) {
        case 'text':
          return inline.text
        case 'lineBreak':
          return '\n'
        case 'link': {
          const href = insideLink ? undefined : linkableUrl(inline.url)
          const text = inlineText(inline.children, insideLink || Boolean(href))
          if (!href) {
            return text
          }
          const address = displayUrl(href)
          if (!text.trim()) {
            return address
          }
          return text.trim() === address || text.trim() === inline.url.trim()
            ? text
            : `${text} (${address})`
        }
        default:
          return unknownInlineKind(inline)
      }
    })
    .join('')

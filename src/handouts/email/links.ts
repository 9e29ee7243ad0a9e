const LINKABLE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * The URL to put in an `href`, or `undefined` when it must not become a link: only absolute
 * http(s) and mailto URLs qualify, so `javascript:`, `data:` and relative URLs stay plain text.
 * Parsing (rather than matching a prefix) also defeats tricks like `java\tscript:`.
 */
export const linkableUrl = (url: string): string | undefined => {
  if (!URL.canParse(url.trim())) {
    return undefined
  }
  const parsed = new URL(url.trim())
  return LINKABLE_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined
}

/** How a link reads without its `href`: mailto addresses lose the scheme. */
export const displayUrl = (href: string): string => href.replace(/^mailto:/i, '')

/**
 * An address worth showing as text although it is not a link: one without a scheme, such as
 * "www.example.org". Anything with another scheme (javascript:, data:, file:) is left out.
 */
export const unlinkedAddress = (url: string): string | undefined => {
  const trimmed = url.trim()
  return trimmed && !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : undefined
}

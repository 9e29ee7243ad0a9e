/**
 * HTML that is safe to place in the email as it is. Only the `markup` tag and `trustedMarkup`
 * make one, so a string that is not wrapped is always escaped on its way into the HTML.
 */
export class Markup {
  constructor(readonly value: string) {}
}

export type MarkupPart = Markup | string | number | null | undefined | false | readonly MarkupPart[]

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c])

const serialise = (part: MarkupPart): string => {
  if (part instanceof Markup) {
    return part.value
  }
  if (Array.isArray(part)) {
    return part.map(serialise).join('')
  }
  if (part === null || part === undefined || part === false) {
    return ''
  }
  return escapeHtml(String(part))
}

/**
 * A template tag: the literal HTML stays, every interpolated string or number is escaped, and
 * Markup (or arrays of it) is placed as it is. Not named `html` on purpose: Prettier would
 * reformat the templates and put whitespace into the email.
 */
export const markup = (literals: TemplateStringsArray, ...parts: MarkupPart[]): Markup => {
  let out = literals[0]
  for (let i = 0; i < parts.length; i += 1) {
    out += serialise(parts[i]) + literals[i + 1]
  }
  return new Markup(out)
}

/** For HTML the renderer itself wrote (never user text), such as Outlook's conditional comments. */
export const trustedMarkup = (html: string): Markup => new Markup(html)

export const joinMarkup = (parts: readonly MarkupPart[], separator: Markup): Markup =>
  new Markup(
    parts
      .map(serialise)
      .filter((piece) => piece !== '')
      .join(separator.value),
  )

/** Text with its line breaks kept as `<br>`. */
export const multilineText = (text: string): Markup =>
  joinMarkup(text.replace(/\r\n?/g, '\n').split('\n'), new Markup('<br>'))

type StyleValue = string | number | null | undefined | false

/** Inline CSS from a property map; numbers are pixels, empty values are left out. */
export const style = (properties: Record<string, StyleValue>): Markup =>
  new Markup(
    Object.entries(properties)
      .filter(
        ([, value]) => value !== null && value !== undefined && value !== false && value !== '',
      )
      .map(([property, value]) => {
        const css = typeof value === 'number' ? `${value}px` : String(value)
        return `${property}:${escapeHtml(css)}`
      })
      .join(';'),
  )

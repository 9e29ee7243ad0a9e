/**
 * The one check every seam under a library makes at first use (pdfkit-internals uses it
 * for pdfkit): which members an object of the library lacks, named for the error message.
 */
type Kind = 'function' | 'number' | 'boolean' | 'string' | 'object' | 'array'

/** What our code reads on one object of a library's, by member name. */
export type Shape = Readonly<Record<string, Kind>>

const kindOf = (value: unknown): string =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value

const article = (kind: Kind) => (kind === 'array' || kind === 'object' ? 'an' : 'a')

/** The members `value` lacks or has in another kind, named `Owner.member (a kind)`. */
export const missingMembers = (owner: string, value: unknown, shape: Shape): string[] => {
  const members = (value ?? {}) as Record<string, unknown>
  return Object.entries(shape)
    .filter(([member, kind]) => kindOf(members[member]) !== kind)
    .map(([member, kind]) => `${owner}.${member} (${article(kind)} ${kind})`)
}

/**
 * A block or inline whose `type` no renderer knows. The renderers' dispatches are exhaustive,
 * so a kind added to the document without a renderer fails the typecheck; at run time this is
 * what stored data of a kind the code no longer (or not yet) knows meets: a failure that names
 * the kind, never a part of the handout silently left out.
 */
export class UnknownKind extends Error {
  constructor(
    readonly part: 'block' | 'inline',
    readonly kind: string,
  ) {
    super(`A handout ${part} of unknown kind "${kind}": no renderer draws it`)
  }
}

export class UnknownBlockKind extends UnknownKind {
  override name = 'UnknownBlockKind'
  constructor(kind: string) {
    super('block', kind)
  }
}

export class UnknownInlineKind extends UnknownKind {
  override name = 'UnknownInlineKind'
  constructor(kind: string) {
    super('inline', kind)
  }
}

/** The `type` of whatever arrived, cut short: stored data, not personal data. */
const kindOf = (value: unknown): string => {
  const type = (value as { type?: unknown } | null | undefined)?.type
  return typeof type === 'string' ? type.slice(0, 60) : String(type)
}

/** A dispatch's `default`: `block` is `never` once every kind has a case. */
export const unknownBlockKind = (block: never): never => {
  throw new UnknownBlockKind(kindOf(block))
}

/** An inline dispatch's `default`: `inline` is `never` once every kind has a case. */
export const unknownInlineKind = (inline: never): never => {
  throw new UnknownInlineKind(kindOf(inline))
}

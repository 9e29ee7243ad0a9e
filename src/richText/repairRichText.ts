import { ELEMENT_TYPES, INLINE_TYPES, richTextProblems } from './lexicalShape'

type Node = Record<string, unknown> & { type: string; children?: Node[] }

const textNode = (text: string): Node => ({
  type: 'text',
  text,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const paragraph = (children: Node[]): Node => ({
  type: 'paragraph',
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const asText = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
      ? String(value)
      : undefined

const children = (value: unknown, depth: number): Node[] => {
  if (value === undefined || value === null) {
    return []
  }
  const list = Array.isArray(value) ? value : [value]
  return list.flatMap((child) => node(child, depth + 1))
}

/** A node as Lexical can hold it, keeping every piece of text; nothing when nothing is left. */
const node = (value: unknown, depth: number): Node[] => {
  const text = asText(value)
  if (text !== undefined) {
    return text ? [textNode(text)] : []
  }
  if (Array.isArray(value)) {
    return children(value, depth - 1)
  }
  if (!isRecord(value) || depth > 200) {
    return []
  }
  const repaired: Node = { ...value, type: typeof value.type === 'string' ? value.type : '' }
  if (!repaired.type) {
    const loose = asText(value.text)
    if (value.children !== undefined && value.children !== null) {
      repaired.type = 'paragraph'
    } else if (loose !== undefined) {
      return loose ? [textNode(loose)] : []
    } else {
      return []
    }
  }
  if ('text' in value || repaired.type === 'text') {
    const kept = asText(value.text)
    if (kept === undefined) {
      delete repaired.text
    } else {
      repaired.text = kept
    }
    if (repaired.type === 'text' && kept === undefined) {
      return []
    }
  }
  if ('children' in value || (ELEMENT_TYPES as readonly string[]).includes(repaired.type)) {
    repaired.children = children(value.children, depth)
  }
  for (const [key, isValid] of [
    ['version', (v: unknown) => typeof v === 'number'],
    ['format', (v: unknown) => typeof v === 'number' || typeof v === 'string'],
    ['indent', (v: unknown) => typeof v === 'number'],
    ['direction', (v: unknown) => v === 'ltr' || v === 'rtl' || v === null],
    ['tag', (v: unknown) => typeof v === 'string' && v.length <= 16],
    ['listType', (v: unknown) => v === 'bullet' || v === 'number' || v === 'check'],
    ['fields', (v: unknown) => v === null || isRecord(v)],
  ] as const) {
    if (key in repaired && !isValid(repaired[key])) {
      delete repaired[key]
    }
  }
  if ((repaired.type === 'link' || repaired.type === 'autolink') && repaired.fields === null) {
    delete repaired.fields
  }
  return [repaired]
}

export type Repair =
  | { ok: true; changed: boolean; value: unknown }
  | { ok: false; problems: ReturnType<typeof richTextProblems> }

/**
 * Rich text that fails the Lexical check, made into a document that passes while keeping its
 * text: a number as text becomes text, null children are dropped, text given where children
 * belong becomes a text node, a node with no type becomes a paragraph or its text, text
 * directly in the root goes into a paragraph. `ok: false` when there is no document to keep
 * (not an object with a root).
 */
export const repairRichText = (value: unknown): Repair => {
  if (richTextProblems(value).length === 0) {
    return { ok: true, changed: false, value }
  }
  const text = asText(value)
  if (!isRecord(value) || (!isRecord(value.root) && value.root !== undefined)) {
    return text === undefined
      ? { ok: false, problems: richTextProblems(value) }
      : { ok: true, changed: true, value: { root: rootOf([textNode(text)]) } }
  }
  const root = isRecord(value.root) ? value.root : {}
  const repaired = { ...value, root: { ...rootOf([]), ...root } }
  repaired.root.type = 'root'
  repaired.root.children = inRoot(children(root.children, 0))
  const problems = richTextProblems(repaired)
  return problems.length === 0
    ? { ok: true, changed: true, value: repaired }
    : { ok: false, problems }
}

const rootOf = (children: Node[]) => ({
  type: 'root',
  children: inRoot(children),
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})

/** Text, line breaks and links directly in the root, gathered into paragraphs. */
const inRoot = (nodes: Node[]): Node[] => {
  const out: Node[] = []
  let loose: Node[] = []
  const flush = () => {
    if (loose.length > 0) {
      out.push(paragraph(loose))
      loose = []
    }
  }
  for (const child of nodes) {
    if ((INLINE_TYPES as readonly string[]).includes(child.type)) {
      loose.push(child)
    } else {
      flush()
      out.push(child)
    }
  }
  flush()
  return out
}

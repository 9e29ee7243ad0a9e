import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

import { repairRichText } from '../richText/repairRichText'
import type { Block, HandoutImage, Inline, ListItem } from './document'

/** The JSON Lexical saves: only the parts this converter reads are typed. */
export type LexicalNode = {
  type: string
  children?: LexicalNode[]
  text?: string
  format?: number | string
  tag?: string
  listType?: 'bullet' | 'number' | 'check'
  fields?: { url?: string; linkType?: string; newTab?: boolean }
  value?: unknown
  relationTo?: string
  [key: string]: unknown
}
export type LexicalState = { root: LexicalNode } | null | undefined

const BOLD = 1
const ITALIC = 2
const UNDERLINE = 8

/**
 * The document as the converter can read it: stored rich text that fails the Lexical check
 * (older data, a direct database edit) is read through the same repair `npm run richtext:check`
 * applies, so a number as text prints as text and a null node is left out, never an error.
 */
const readable = (state: LexicalState): LexicalState => {
  if (state === null || state === undefined) {
    return state
  }
  const repaired = repairRichText(state)
  return repaired.ok ? (repaired.value as LexicalState) : undefined
}

/** Media ids of the upload nodes in a document, so compose can load their images first. */
export const uploadIdsIn = (stored: LexicalState): number[] => {
  const state = readable(stored)
  const ids: number[] = []
  const visit = (node: LexicalNode) => {
    if (node.type === 'upload') {
      const id = mediaId(node.value)
      if (id !== undefined) {
        ids.push(id)
      }
    }
    node.children?.forEach(visit)
  }
  if (state?.root) {
    visit(state.root)
  }
  return ids
}

const mediaId = (value: unknown): number | undefined => {
  if (typeof value === 'number') {
    return value
  }
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'number') {
    return (value as { id: number }).id
  }
  return undefined
}

/** Every piece of text under a node, for a node Payload's converter cannot read. */
const textsIn = (node: LexicalNode): string =>
  [typeof node.text === 'string' ? node.text : '', ...(node.children ?? []).map(textsIn)]
    .filter(Boolean)
    .join(' ')

/** The text of any node, through Payload's own plain-text converter (our own walk if it fails). */
const plainText = (node: LexicalNode): string => {
  try {
    return payloadPlainText(node)
  } catch {
    return textsIn(node).trim()
  }
}

const payloadPlainText = (node: LexicalNode): string =>
  convertLexicalToPlaintext({
    data: {
      root: {
        type: 'root',
        children: [node],
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
      },
    } as never,
  }).trim()

const inlines = (nodes: LexicalNode[] = []): Inline[] =>
  nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text': {
        const format = typeof node.format === 'number' ? node.format : 0
        return node.text
          ? [
              {
                type: 'text',
                text: node.text,
                ...(format & BOLD ? { bold: true } : {}),
                ...(format & ITALIC ? { italic: true } : {}),
                ...(format & UNDERLINE ? { underline: true } : {}),
              },
            ]
          : []
      }
      case 'linebreak':
        return [{ type: 'lineBreak' }]
      case 'tab':
        return [{ type: 'text', text: ' ' }]
      case 'link':
      case 'autolink': {
        const url = node.fields?.url
        const children = inlines(node.children)
        return url && node.fields?.linkType !== 'internal'
          ? [{ type: 'link', url, children }]
          : children
      }
      default: {
        const text = node.children ? undefined : plainText(node)
        return node.children ? inlines(node.children) : text ? [{ type: 'text', text }] : []
      }
    }
  })

const listOf = (node: LexicalNode): { ordered: boolean; items: ListItem[] } => {
  const items: ListItem[] = []
  for (const child of node.children ?? []) {
    const nested = child.children?.find((grandchild) => grandchild.type === 'list')
    if (nested && items.length > 0 && child.children?.length === 1) {
      // Lexical nests a sub-list in its own list item right after its parent item.
      items[items.length - 1].sublist = listOf(nested)
      continue
    }
    const content = (child.children ?? []).filter((grandchild) => grandchild.type !== 'list')
    items.push({
      children: inlines(content),
      ...(nested ? { sublist: listOf(nested) } : {}),
    })
  }
  return { ordered: node.listType === 'number', items }
}

const headingLevel = (tag: string | undefined): 1 | 2 | 3 => {
  const level = Number(tag?.replace('h', '') ?? 2)
  return level <= 1 ? 1 : level === 2 ? 2 : 3
}

const blockOf = <I>(node: LexicalNode, images: Map<number, I>): Block<I>[] => {
  switch (node.type) {
    case 'paragraph': {
      const children = inlines(node.children)
      return children.length ? [{ type: 'paragraph', children }] : []
    }
    case 'heading': {
      const text = plainText(node)
      return text ? [{ type: 'heading', level: headingLevel(node.tag), text }] : []
    }
    case 'list':
      return [{ type: 'list', ...listOf(node) }]
    case 'quote':
      return [{ type: 'quote', children: inlines(node.children) }]
    case 'upload': {
      const id = mediaId(node.value)
      const image = id === undefined ? undefined : images.get(id)
      return image ? [{ type: 'image', image }] : []
    }
    case 'horizontalrule':
      return []
    default: {
      const text = plainText(node)
      return text ? [{ type: 'paragraph', children: [{ type: 'text', text }] }] : []
    }
  }
}

/**
 * Lexical rich text as handout blocks: headings, paragraphs with bold/italic/underline and links,
 * nested lists, quotes, line breaks and images (from `images`, loaded by compose). Any other
 * node degrades to its text, so new editor features never break a handout, and rich text that
 * is not valid Lexical degrades to the text it holds.
 */
export const lexicalToBlocks = <I = HandoutImage>(
  stored: LexicalState,
  images: Map<number, I> = new Map(),
): Block<I>[] => (readable(stored)?.root?.children ?? []).flatMap((node) => blockOf(node, images))

import type { Block, ListItem } from '../../document'
import { labels } from '../labels'
import type { TextContext } from './context'
import { inlineText } from './inline'
import { wrap } from './wrap'

type Heading = Extract<Block, { type: 'heading' }>
type ImageBlock = Extract<Block, { type: 'image' }>

/** Level 1 in capitals over "=", level 2 over "-", level 3 in capitals alone. */
export const headingText = (block: Heading, { language }: TextContext): string[] => {
  const text = block.level === 2 ? block.text : block.text.toLocaleUpperCase(language)
  const lines = wrap(text)
  if (block.level === 3) {
    return lines
  }
  const longest = Math.max(1, ...lines.map((line) => line.length))
  return [...lines, (block.level === 1 ? '=' : '-').repeat(longest)]
}

export const paragraphText = (block: Extract<Block, { type: 'paragraph' }>): string[] =>
  wrap(inlineText(block.children))

export const quoteText = (block: Extract<Block, { type: 'quote' }>): string[] =>
  wrap(inlineText(block.children), '> ', '> ')

/** 1, 2, 3 at the top level, a, b, c one level in: as the HTML list shows them. */
const ordinal = (index: number, depth: number): string =>
  depth % 2 === 1 && index < 26 ? String.fromCharCode(97 + index) : String(index + 1)

export const listText = (list: { ordered: boolean; items: ListItem[] }, depth = 0): string[] => {
  const indentation = '   '.repeat(depth)
  return list.items.flatMap((item, i) => {
    const marker = list.ordered ? `${ordinal(i, depth)}. ` : '- '
    const lines = wrap(
      inlineText(item.children),
      indentation + marker,
      indentation + ' '.repeat(marker.length),
    )
    return item.sublist ? [...lines, ...listText(item.sublist, depth + 1)] : lines
  })
}

export const imageText = (block: ImageBlock): string[] => [
  ...wrap(`[${labels.picture}: ${block.image.alt}]`),
  ...(block.caption ? wrap(block.caption) : []),
]

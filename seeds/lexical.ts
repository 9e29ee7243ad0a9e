import type { Condition } from '../src/payload-types'
import type { SeedRichText } from './types'

const block = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

const text = (value: string) => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const nodeFor = (part: SeedRichText[number]) => {
  if (typeof part === 'string') {
    return { ...block, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(part)] }
  }
  if ('heading' in part) {
    return { ...block, type: 'heading', tag: 'h3', children: [text(part.heading)] }
  }
  return {
    ...block,
    type: 'list',
    listType: 'bullet',
    start: 1,
    tag: 'ul',
    children: part.list.map((item, index) => ({
      ...block,
      type: 'listitem',
      value: index + 1,
      children: [text(item)],
    })),
  }
}

/** Lexical JSON for seed rich text, the shape the admin's editor saves. */
export const toLexical = (parts: SeedRichText): NonNullable<Condition['body']> =>
  ({
    root: { ...block, type: 'root', children: parts.map(nodeFor) },
  }) as NonNullable<Condition['body']>

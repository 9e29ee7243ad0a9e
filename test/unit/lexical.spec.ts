import { describe, expect, it } from '@jest/globals'

import type { HandoutImage } from '../../src/handouts/document'
import { lexicalToBlocks, uploadIdsIn, type LexicalNode } from '../../src/handouts/lexical'

const text = (value: string, format = 0): LexicalNode => ({ type: 'text', text: value, format })
const paragraph = (...children: LexicalNode[]): LexicalNode => ({ type: 'paragraph', children })
const item = (...children: LexicalNode[]): LexicalNode => ({ type: 'listitem', children })
const list = (listType: 'bullet' | 'number', ...children: LexicalNode[]): LexicalNode => ({
  type: 'list',
  listType,
  children,
})
const doc = (...children: LexicalNode[]) => ({ root: { type: 'root', children } })

describe('Lexical rich text as handout blocks', () => {
  it('keeps headings at three levels at most', () => {
    expect(
      lexicalToBlocks(
        doc(
          { type: 'heading', tag: 'h1', children: [text('Title')] },
          { type: 'heading', tag: 'h2', children: [text('Section')] },
          { type: 'heading', tag: 'h5', children: [text('Deep')] },
        ),
      ),
    ).toEqual([
      { type: 'heading', level: 1, text: 'Title' },
      { type: 'heading', level: 2, text: 'Section' },
      { type: 'heading', level: 3, text: 'Deep' },
    ])
  })

  it('keeps bold, italic and underline, line breaks and links', () => {
    const [block] = lexicalToBlocks(
      doc(
        paragraph(
          text('Go '),
          text('slowly', 1),
          text(' and ', 0),
          text('gently', 2 | 8),
          { type: 'linebreak' },
          {
            type: 'link',
            fields: { url: 'https://example.org/pain', linkType: 'custom' },
            children: [text('read more')],
          },
        ),
      ),
    )
    expect(block).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Go ' },
        { type: 'text', text: 'slowly', bold: true },
        { type: 'text', text: ' and ' },
        { type: 'text', text: 'gently', italic: true, underline: true },
        { type: 'lineBreak' },
        {
          type: 'link',
          url: 'https://example.org/pain',
          children: [{ type: 'text', text: 'read more' }],
        },
      ],
    })
  })

  it('nests a sub-list under the item before it, as Lexical saves it', () => {
    const [block] = lexicalToBlocks(
      doc(
        list(
          'number',
          item(text('Warm up')),
          item(list('bullet', item(text('Neck')), item(text('Shoulders')))),
          item(text('Roll')),
        ),
      ),
    )
    expect(block).toEqual({
      type: 'list',
      ordered: true,
      items: [
        {
          children: [{ type: 'text', text: 'Warm up' }],
          sublist: {
            ordered: false,
            items: [
              { children: [{ type: 'text', text: 'Neck' }] },
              { children: [{ type: 'text', text: 'Shoulders' }] },
            ],
          },
        },
        { children: [{ type: 'text', text: 'Roll' }] },
      ],
    })
  })

  it('turns quotes into quotes and uploads into the images compose loaded', () => {
    const image: HandoutImage = {
      key: 'media-7',
      data: new Uint8Array([1]),
      mimeType: 'image/png',
      width: 10,
      height: 10,
      alt: 'A foam roller',
    }
    const state = doc(
      { type: 'quote', children: [text('Motion is lotion.')] },
      { type: 'upload', relationTo: 'media', value: { id: 7 } },
      { type: 'upload', relationTo: 'media', value: 8 },
    )
    expect(uploadIdsIn(state)).toEqual([7, 8])
    expect(lexicalToBlocks(state, new Map([[7, image]]))).toEqual([
      { type: 'quote', children: [{ type: 'text', text: 'Motion is lotion.' }] },
      { type: 'image', image },
    ])
  })

  it('degrades an unknown node to its text instead of failing', () => {
    expect(
      lexicalToBlocks(
        doc(
          { type: 'mystery-widget', children: [text('Still readable')] },
          paragraph({ type: 'sparkle', text: 'inline too' } as LexicalNode, text(' ok')),
        ),
      ),
    ).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Still readable' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'inline too' },
          { type: 'text', text: ' ok' },
        ],
      },
    ])
  })

  it('gives nothing for empty or missing documents', () => {
    expect(lexicalToBlocks(null)).toEqual([])
    expect(lexicalToBlocks(doc())).toEqual([])
    expect(lexicalToBlocks(doc(paragraph()))).toEqual([])
  })
})

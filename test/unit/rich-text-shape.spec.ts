import { describe, expect, it } from '@jest/globals'

import { lexicalToBlocks } from '../../src/handouts/lexical'
import { richTextProblems } from '../../src/richText/lexicalShape'
import { repairRichText } from '../../src/richText/repairRichText'
import { toLexical } from '../../seeds/lexical'

const element = { direction: 'ltr', format: '', indent: 0, version: 1 }
const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  version: 1,
})
const root = (children: unknown[]) => ({ root: { ...element, type: 'root', children } })

/** What the admin's editor saves with every default feature: it must pass the check. */
const adminDocument = root([
  { ...element, type: 'heading', tag: 'h2', children: [text('Before you start')] },
  {
    ...element,
    type: 'paragraph',
    textFormat: 1,
    textStyle: '',
    direction: null,
    children: [
      text('Warm up ', 1),
      { type: 'linebreak', version: 1 },
      { type: 'tab', text: '\t', detail: 2, format: 0, mode: 'normal', style: '', version: 1 },
      {
        ...element,
        type: 'link',
        fields: { url: 'https://example.org', linkType: 'custom', newTab: true },
        id: '6757a1',
        children: [text('the guide')],
      },
      { ...element, type: 'autolink', fields: { url: 'https://a.example' }, children: [] },
    ],
  },
  {
    ...element,
    type: 'list',
    listType: 'check',
    start: 1,
    tag: 'ul',
    children: [{ ...element, type: 'listitem', value: 1, checked: false, children: [text('a')] }],
  },
  { ...element, type: 'quote', children: [text('Slowly.')] },
  { type: 'horizontalrule', version: 1 },
  { type: 'upload', version: 3, id: '6757a2', fields: null, relationTo: 'media', value: 4 },
  { type: 'relationship', version: 2, relationTo: 'techniques', value: 9, format: '' },
  { ...element, type: 'paragraph', children: [] },
])

describe('the Lexical check', () => {
  it("passes what the admin's editor and the seed save", () => {
    expect(richTextProblems(adminDocument)).toEqual([])
    expect(richTextProblems(toLexical(['One.', { heading: 'Two' }, { list: ['a', 'b'] }]))).toEqual(
      [],
    )
  })

  it('names the path of each problem', () => {
    const bad = root([
      { ...element, type: 'paragraph', children: [text('ok'), { ...text('x'), text: 42 }] },
      null,
      { ...element, type: 'list', children: 'x' },
    ])
    expect(richTextProblems(bad).map(({ path }) => path)).toEqual([
      'root.children.0.children.1.text',
      'root.children.1',
      'root.children.2.children',
    ])
    expect(richTextProblems(root([text('loose')]))).toEqual([
      { path: 'root.children.0.type', message: expect.stringMatching(/inside a paragraph/) },
    ])
  })
})

describe('the repair', () => {
  it('leaves valid rich text as it is', () => {
    expect(repairRichText(adminDocument)).toEqual({
      ok: true,
      changed: false,
      value: adminDocument,
    })
  })

  it('keeps every piece of text, in order, and passes the check', () => {
    const bad = root([
      { ...element, type: 'paragraph', children: [text('Hold for '), { type: 'text', text: 42 }] },
      null,
      { ...element, type: 'paragraph', children: 'Stop if it hurts.' },
      { ...element, type: 'paragraph', children: [null, text('Breathe.'), [text('Twice.')]] },
      { children: [text('No type.')] },
      { text: 'Just text.' },
      text('Loose in the root.'),
      { ...element, type: 'link', fields: null, children: [text('a link')] },
    ])
    const repaired = repairRichText(bad)
    expect(repaired.ok).toBe(true)
    const value = repaired.ok ? repaired.value : undefined
    expect(richTextProblems(value)).toEqual([])
    const printed = JSON.stringify(lexicalToBlocks(value as never))
    const words = [
      'Hold for ',
      '42',
      'Stop if it hurts.',
      'Breathe.',
      'Twice.',
      'No type.',
      'Just text.',
      'Loose in the root.',
      'a link',
    ]
    expect(words.map((word) => printed.indexOf(word))).toEqual(
      [...words.map((word) => printed.indexOf(word))].sort((a, b) => a - b),
    )
    expect(words.filter((word) => !printed.includes(word))).toEqual([])
  })

  it('cannot make a document of a value with no root', () => {
    expect(repairRichText({ root: 7 }).ok).toBe(false)
    expect(repairRichText(42).ok).toBe(true)
  })
})

describe('the handout converter', () => {
  it('prints stored rich text that fails the check as its text, never throws', () => {
    const stored = root([
      { type: 'paragraph', children: [{ type: 'text', text: 42 }] },
      null,
      { type: 'paragraph', children: 'Plain' },
    ])
    const blocks = JSON.stringify(lexicalToBlocks(stored as never))
    expect(blocks).toContain('"42"')
    expect(blocks).toContain('Plain')
  })
})

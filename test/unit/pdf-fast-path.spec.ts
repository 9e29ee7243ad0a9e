import { beforeAll, describe, expect, it } from '@jest/globals'

import { homeProgram } from '../../bench/pdf/fixture'
import type { HandoutDocument } from '../../src/handouts/document'
import { renderPdf } from '../../src/handouts/pdf/renderPdf'
import { differingPixelShare, pageImages, pageTexts } from '../helpers/pdfPages'

const CREATED = new Date('2025-03-03T09:00:00Z')

/** Pixels may differ where anti-aliasing falls differently; a moved or missing word is far more. */
const MAX_DIFFERING_PIXELS = 0.001

const withText = (text: string) => ({ type: 'text' as const, text })

/** Hebrew (right to left, Hebrew language), Greek, Cyrillic, Arabic and Chinese in one handout. */
const nonLatin = (base: HandoutDocument): HandoutDocument => ({
  ...base,
  meta: { ...base.meta, title: 'תוכנית הבית שלך', language: 'he' },
  blocks: [
    { type: 'heading', level: 2, text: 'תרגילי בוקר לצוואר ולכתפיים' },
    {
      type: 'paragraph',
      children: [
        withText('עשו את התרגילים בעדינות, 3 פעמים ביום (בוקר, צהריים וערב). '),
        { type: 'text', text: 'עצרו אם הכאב מחמיר', bold: true },
        withText(' ופנו אלינו.'),
      ],
    },
    {
      type: 'list',
      ordered: true,
      items: [
        { children: [withText('Ήπιο μασάζ στον αυχένα — 5 λεπτά, δύο φορές τη μέρα.')] },
        { children: [withText('Лёгкий массаж шеи: 5 минут, дважды в день.')] },
        { children: [withText('تدليك خفيف للرقبة لمدة خمس دقائق')] },
        { children: [withText('每天轻轻按摩颈部五分钟，早晚各一次。')] },
      ],
    },
    ...base.blocks.filter((block) => block.type === 'callout' || block.type === 'contact'),
  ],
})

/** The benchmark's handout and variants of it that exercise other paper, sizes and scripts. */
const VARIANTS: [string, (base: HandoutDocument) => HandoutDocument][] = [
  ['the benchmark home program on A4', (base) => base],
  [
    'the home program in large print',
    (base) => ({ ...base, layout: { ...base.layout, largePrint: true } }),
  ],
  [
    'the home program on Letter paper',
    (base) => ({ ...base, layout: { ...base.layout, paper: 'LETTER' } }),
  ],
  ['a right-to-left handout with Hebrew, Greek, Cyrillic, Arabic and Chinese', nonLatin],
]

/** Pixels of each page at 54 per inch: enough to see a glyph move by a third of a point. */
const SCALE = 0.75

describe('renderPdf with the fast path gives what plain pdfkit gives', () => {
  let base: HandoutDocument

  beforeAll(async () => {
    base = await homeProgram()
  })

  it.each(VARIANTS)(
    '%s: the same pages, the same extracted text and the same page images',
    async (_name, variant) => {
      const document = variant(base)
      const fast = await renderPdf(document, { creationDate: CREATED })
      const plain = await renderPdf(document, { creationDate: CREATED, fastPath: false })
      const [fastTexts, plainTexts] = await Promise.all([pageTexts(fast), pageTexts(plain)])
      expect(fastTexts.length).toBe(plainTexts.length)
      expect(fastTexts).toEqual(plainTexts)
      const [fastPages, plainPages] = await Promise.all([
        pageImages(fast, { scale: SCALE }),
        pageImages(plain, { scale: SCALE }),
      ])
      const differing = fastPages.map((page, i) => differingPixelShare(page, plainPages[i]))
      expect(Math.max(...differing)).toBeLessThanOrEqual(MAX_DIFFERING_PIXELS)
    },
  )
})

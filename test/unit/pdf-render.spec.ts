import { beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import type { Block, HandoutDocument, HandoutImage } from '../../src/handouts/document'
import { renderPdf } from '../../src/handouts/pdf/renderPdf'
import {
  pdfFonts,
  pdfImages,
  pdfInfo,
  pdfPagesText,
  pdfStructureTrees,
  pdfText,
  pdfWords,
  structureElements,
  type Word,
} from '../helpers/pdf'
import { fileStructureProblems } from '../helpers/pdfFileStructure'
import { blankShare, pageImages } from '../helpers/pdfPages'
import { itWithPdfTool, popplerText, qpdfCheck } from '../helpers/pdfTools'

const CREATED = new Date('2025-03-03T09:00:00Z')

/** The text of each page, lines top to bottom, as a reader copying it out would get it. */
const pagesText = pdfPagesText
const allText = pdfText

/** Pages but the last more than 40% blank (none, where pages are used), as `[page, share]`. */
const mostlyBlankPages = async (pdf: Uint8Array) =>
  (await pageImages(pdf, { scale: 0.4 }))
    .slice(0, -1)
    .flatMap((page, index) => (blankShare(page) > 0.4 ? [[index + 1, blankShare(page)]] : []))

let picture: HandoutImage
let logo: HandoutImage

const png = async (width: number, height: number, colour: string) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .composite([
      {
        input: Buffer.from(
          `<svg width="${width}" height="${height}"><circle cx="${width / 2}" cy="${height / 2}" r="${height / 3}" fill="#c0504d"/></svg>`,
        ),
      },
    ])
    .png()
    .toBuffer()

beforeAll(async () => {
  picture = {
    key: 'upper-back',
    data: await png(400, 300, '#f4efe9'),
    mimeType: 'image/png',
    width: 400,
    height: 300,
    alt: 'Hands gliding down the upper back',
  }
  logo = {
    key: 'logo',
    data: await png(96, 96, '#2e6f62'),
    mimeType: 'image/png',
    width: 96,
    height: 96,
    alt: 'Riverside logo',
  }
})

const text = (
  value: string,
  marks: { bold?: boolean; italic?: boolean; underline?: boolean } = {},
) => ({
  type: 'text' as const,
  text: value,
  ...marks,
})

const paragraph = (value: string): Block => ({ type: 'paragraph', children: [text(value)] })

type Card = Extract<Block, { type: 'techniqueCard' }>

const card = (number: number, overrides: Partial<Card> = {}): Card => ({
  type: 'techniqueCard',
  number,
  name: `Technique number ${number}`,
  summary: `What technique ${number} is for.`,
  image: picture,
  steps: [`First step of technique ${number}.`, `Second step of technique ${number}.`],
  dosage: [
    { label: 'Duration', value: `${number} min` },
    { label: 'Reps', value: '12 each side' },
  ],
  cues: ['A spreading warmth'],
  precautions: ['Avoid the spine itself'],
  note: 'Go gently on the left side.',
  ...overrides,
})

const handout = (overrides: Partial<HandoutDocument> = {}): HandoutDocument => ({
  meta: {
    title: 'Your home program: neck & upper back',
    subtitle: 'Gentle self-massage for chronic neck pain',
    language: 'en',
    patientName: 'Jordan Alvarez',
    clinicianName: 'Sam Lee, RMT',
    date: '2025-03-03',
    template: 'home-program',
    ...overrides.meta,
  },
  branding: {
    clinicName: 'Riverside Massage & Pain Clinic',
    logo,
    primaryColour: '#2E6F62',
    accentColour: '#E0A458',
    contactLines: ['(555) 010-2030', 'riverside.example'],
    footer: 'Riverside Massage & Pain Clinic · 12 River Road',
    disclaimer: 'This handout does not replace the advice of your clinician.',
    ...overrides.branding,
  },
  layout: { paper: 'A4', largePrint: false, ...overrides.layout },
  blocks: overrides.blocks ?? [
    { type: 'heading', level: 2, text: 'Why these techniques help' },
    {
      type: 'paragraph',
      children: [
        text('Gentle self-massage eases '),
        text('muscle tension', { bold: true }),
        text(', done '),
        text('slowly', { italic: true }),
        text('. See our '),
        {
          type: 'link',
          url: 'https://riverside.example/self-care',
          children: [text('self-care guide')],
        },
        text('.'),
      ],
    },
    {
      type: 'list',
      ordered: false,
      items: [
        { children: [text('Warm the area first.')] },
        {
          children: [text('Use a light cream.')],
          sublist: { ordered: true, items: [{ children: [text('Unscented is best.')] }] },
        },
      ],
    },
    {
      type: 'callout',
      tone: 'warning',
      title: 'Stop and call us if…',
      items: ['pain becomes sharp or shooting', 'you feel numbness or tingling'],
    },
    { type: 'heading', level: 2, text: 'Your techniques' },
    card(1, { name: 'Upper back glide' }),
    card(2, { name: 'Neck kneading', image: undefined }),
    {
      type: 'dosageTable',
      caption: 'Your week',
      rows: [{ label: 'Monday', value: 'Both techniques' }],
    },
    { type: 'quote', children: [text('Little and often beats hard and rare.')] },
    {
      type: 'callout',
      tone: 'tip',
      title: 'Tip',
      children: [text('Set a reminder on your phone.')],
    },
    {
      type: 'resourceList',
      title: 'Further reading',
      resources: [
        {
          title: 'Understanding chronic pain',
          kind: 'Article',
          summary: 'Why pain persists and what helps.',
          url: 'https://riverside.example/chronic-pain',
        },
      ],
    },
    { type: 'contact', signature: 'Sam Lee, RMT', lines: ['care@riverside.example'] },
  ],
})

const render = (document: HandoutDocument) => renderPdf(document, { creationDate: CREATED })

describe('renderPdf', () => {
  it('puts what the patient needs into text a reader can copy out', async () => {
    const pdf = await render(handout())
    const output = await allText(pdf)

    for (const expected of [
      'Your home program: neck & upper back',
      'Jordan Alvarez',
      'Sam Lee, RMT',
      'Upper back glide',
      'Neck kneading',
      '1 min',
      '12 each side',
      'Stop and call us if…',
      'pain becomes sharp or shooting',
      'Go gently on the left side.',
      'self-care guide',
      'https://riverside.example/chronic-pain',
      'Riverside Massage & Pain Clinic · 12 River Road',
      'This handout does not replace the advice of your clinician.',
    ]) {
      expect(output).toContain(expected)
    }
    const pages = await pagesText(pdf)
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`)
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`)
  })

  it('writes the document title in the running header from the second page on', async () => {
    const pdf = await render(handout({ blocks: Array.from({ length: 4 }, (_, i) => card(i + 1)) }))
    const pages = await pagesText(pdf)

    expect(pages.length).toBeGreaterThan(1)
    const firstLines = pages.map((page) => page.split('\n').find((line) => line.trim()) ?? '')
    expect(firstLines[0]).toContain('Riverside Massage & Pain Clinic')
    expect(firstLines[0]).not.toContain('Your home program')
    for (const line of firstLines.slice(1)) {
      expect(line).toContain('Riverside Massage & Pain Clinic')
      expect(line).toContain('Your home program: neck & upper back')
    }
  })

  it('keeps typographic and non-Latin characters intact, with no missing-glyph boxes', async () => {
    const samples = [
      '“quotes”',
      'café',
      'em—dash',
      'Müller',
      '≥ 3',
      '→',
      'α',
      '✓',
      '慢性疼痛',
      '한국어 텍스트',
      'ألم مزمن',
      'برنامجك المنزلي',
      'כאב כרוני',
      'Łódź',
    ]
    const pdf = await render(
      handout({ blocks: samples.map((sample) => paragraph(`Sample: ${sample} ✅ 💪 end.`)) }),
    )
    const output = await allText(pdf)

    for (const sample of samples) {
      expect(output).toContain(sample)
    }
    expect(output).not.toMatch(/[\ufffd\u25a1]/)
    const fonts = (await pdfFonts(pdf)).map((font) => font.name).join(' ')
    expect(fonts).toMatch(/NotoSansSC/)
    expect(fonts).toMatch(/NotoSansKR/)
    expect(fonts).toMatch(/DejaVuSans/)
    expect(fonts).toMatch(/NotoSansHebrew/)
  })

  const kernedWords = ['Iraqji', 'mwxqj4az3wndj', 'Qjord']
  /** Atkinson Hyperlegible Next kerns "qj" 0.13 em apart, wider than extractors' word gap. */
  const kerned = () =>
    render(
      handout({
        meta: { ...handout().meta, title: 'Calf roll mwxqj4az3wndj' },
        blocks: [
          paragraph(kernedWords.join(' ')),
          { type: 'heading', level: 2, text: kernedWords.join(' ') },
        ],
      }),
    )
  const expectWordsWhole = (output: string) => {
    expect(output).toContain('Calf roll mwxqj4az3wndj')
    expect(output.split(kernedWords.join(' ')).length - 1).toBe(2)
  }

  it('keeps words whole in the extracted text where the font kerns a pair wide apart', async () => {
    expectWordsWhole(await allText(await kerned()))
  })

  itWithPdfTool('pdftotext')(
    "keeps words whole in poppler's extracted text where the font kerns a pair wide apart",
    async () => {
      expectWordsWhole(await popplerText(await kerned()))
    },
  )

  it('sets a right-to-left handout from the right, with its words in reading order', async () => {
    const pdf = await render(
      handout({
        meta: { ...handout().meta, title: 'برنامجك المنزلي', language: 'ar' },
        blocks: [
          paragraph('التدليك اللطيف يهدئ الجهاز العصبي ويخفف توتر العضلات.'),
          paragraph('עיסוי עדין מרגיע את מערכת העצבים.'),
        ],
      }),
    )
    const output = await allText(pdf)
    const placed = await pdfWords(pdf)
    const rightEdge = (text: string) => placed.find((word) => word.text.includes(text))?.xMax ?? 0

    expect(output).toContain('برنامجك المنزلي')
    expect(output).toContain('التدليك اللطيف يهدئ الجهاز العصبي')
    expect(output).toContain('עיסוי עדין מרגיע את מערכת העצבים')
    expect(rightEdge('العصبي')).toBeLessThan(rightEdge('التدليك'))
    expect(rightEdge('التدليك')).toBeGreaterThan(595.28 - 54 - 1)
  })

  it('embeds every font it uses, as subsets with two-byte glyph ids', async () => {
    const fonts = await pdfFonts(await render(handout()))

    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) {
      expect(font).toMatchObject({
        type: 'CIDFontType2',
        embedded: true,
        subset: true,
        composite: true,
      })
    }
  })

  it('sets paper size, title, author, subject and language, and is tagged', async () => {
    const a4 = await render(handout())
    const letter = await render(handout({ layout: { paper: 'LETTER', largePrint: false } }))
    const a4Info = await pdfInfo(a4)

    expect(a4Info.pageSizes).toContainEqual({ width: 595.28, height: 841.89 })
    expect(new Set(a4Info.pageSizes.map(({ width, height }) => `${width} x ${height}`))).toEqual(
      new Set(['595.28 x 841.89']),
    )
    expect((await pdfInfo(letter)).pageSizes).toContainEqual({ width: 612, height: 792 })
    expect(a4Info.title).toBe('Your home program: neck & upper back')
    expect(a4Info.author).toBe('Riverside Massage & Pain Clinic')
    expect(a4Info.subject).toBe('Gentle self-massage for chronic neck pain')
    expect(a4Info.language).toBe('en')
    expect(a4Info.tagged).toBe(true)
    expect(a4.toString('latin1')).toContain('/DisplayDocTitle true')
  })

  it('writes well-formed XMP metadata even when the title has an ampersand', async () => {
    const pdf = (await render(handout())).toString('utf8')
    const xmp = /<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(pdf)?.[0] ?? ''

    expect(xmp).toContain('Your home program: neck &#38; upper back')
    expect(xmp).not.toMatch(/&(?!#\d+;|amp;|lt;|gt;|quot;|apos;)/)
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>')
  })

  it('writes a sound file: every cross-reference and stream length is right', async () => {
    const sound = [
      await render(handout()),
      await render(handout({ blocks: [] })),
      await render(handout({ blocks: [paragraph('慢性疼痛 · ألم مزمن · “quotes” — ≥ 3 ✓')] })),
      await withCorruptImages(),
    ]
    for (const pdf of sound) {
      expect(fileStructureProblems(pdf)).toEqual([])
    }
  })

  itWithPdfTool('qpdf')('passes qpdf --check', async () => {
    await expect(qpdfCheck(await render(handout()))).resolves.toContain(
      'No syntax or stream encoding errors',
    )
  })

  it('tags headings, paragraphs, lists, figures and tables in the structure tree', async () => {
    const elements = structureElements(await pdfStructureTrees(await render(handout())))
    const roles = new Set(elements.map((element) => element.role))

    for (const role of [
      'Document',
      'H1',
      'H2',
      'H3',
      'P',
      'L',
      'LI',
      'Lbl',
      'LBody',
      'Figure',
      'Table',
      'TR',
      'TH',
      'TD',
      'Link',
    ]) {
      expect(roles).toContain(role)
    }
    const figures = elements.filter((element) => element.role === 'Figure')
    expect(figures.map((figure) => figure.alt)).toContain('Hands gliding down the upper back')
    for (const figure of figures) {
      expect(figure.alt).toBeTruthy()
    }
  })

  it('makes links clickable', async () => {
    const pdf = (await render(handout())).toString('latin1')

    expect(pdf).toContain('/URI (https://riverside.example/self-care)')
    expect(pdf).toContain('/URI (https://riverside.example/chronic-pain)')
  })

  it('gives the same bytes for the same document and creation date', async () => {
    const document = handout()
    expect((await render(document)).equals(await render(document))).toBe(true)
  })

  it('scales images to fit the column without distorting them, JPEG as well as PNG', async () => {
    const wide = await sharp({
      create: { width: 2400, height: 240, channels: 3, background: '#88aacc' },
    })
      .jpeg()
      .toBuffer()
    const tall = await png(200, 3000, '#ccaa88')
    const image = (data: Buffer, key: string, mimeType: HandoutImage['mimeType']) => ({
      type: 'image' as const,
      image: { ...picture, key, data, mimeType, alt: key },
    })
    const pdf = await render(
      handout({
        blocks: [image(wide, 'wide', 'image/jpeg'), image(tall, 'tall', 'image/png'), card(1)],
      }),
    )
    const images = await pdfImages(pdf)
    const bodyHeight = 841.89 - 200
    const column = 595.28 - 2 * 54
    const sizes = images.map(({ width, height }) => `${width}x${height}`)

    expect(sizes).toEqual(expect.arrayContaining(['2400x240', '200x3000', '400x300']))
    expect(pdf.toString('latin1')).toContain('/Filter /DCTDecode')
    const content = images.filter((i) => i.width !== logo.width)
    for (const { width, height, drawnWidth, drawnHeight } of content) {
      expect(drawnWidth / drawnHeight).toBeCloseTo(width / height, 2)
      expect(drawnWidth).toBeLessThanOrEqual(column + 1)
      expect(drawnHeight).toBeLessThanOrEqual(bodyHeight)
    }
  })

  it('renders a handout with no blocks as a valid one-page PDF', async () => {
    const pdf = await render(handout({ blocks: [] }))

    expect((await pdfInfo(pdf)).pages).toBe(1)
    expect(await allText(pdf)).toContain('Your home program: neck & upper back')
  })

  itWithPdfTool('qpdf')('renders a handout with no blocks that passes qpdf --check', async () => {
    await expect(qpdfCheck(await render(handout({ blocks: [] })))).resolves.toContain(
      'No syntax or stream encoding errors',
    )
  })

  const withCorruptImages = () => {
    const noise = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)
    const truncated = picture.data.subarray(0, Math.floor(picture.data.length / 2))
    return render(
      handout({
        blocks: [
          { type: 'image', image: { ...picture, data: noise, alt: 'Diagram of the shoulder' } },
          { type: 'image', image: { ...picture, data: truncated, alt: 'Half a picture' } },
          card(1, {
            image: { ...picture, data: noise, mimeType: 'image/jpeg', alt: 'Glide along the back' },
          }),
          paragraph('Text after the broken pictures.'),
        ],
      }),
    )
  }

  it('skips a corrupt image and shows its description instead', async () => {
    const output = await allText(await withCorruptImages())

    expect(output).toContain('Picture: Diagram of the shoulder')
    expect(output).toContain('Picture: Half a picture')
    expect(output).toContain('Picture: Glide along the back')
    expect(output).toContain('Text after the broken pictures.')
  })

  itWithPdfTool('qpdf')('passes qpdf --check after skipping corrupt images', async () => {
    await expect(qpdfCheck(await withCorruptImages())).resolves.toContain(
      'No syntax or stream encoding errors',
    )
  })

  it('survives malformed blocks without failing the handout', async () => {
    const malformed = [
      { type: 'list', ordered: true, items: 'not a list' },
      { type: 'techniqueCard', number: Number.NaN, name: '', steps: null, dosage: [{ label: 3 }] },
      { type: 'dosageTable', rows: [] },
      {
        type: 'paragraph',
        children: [{ type: 'link', url: 'javascript:alert(1)', children: [text('not a link')] }],
      },
      { type: 'paragraph', children: [text('The blocks after them still print')] },
    ] as unknown as Block[]
    const pdf = await render(handout({ blocks: malformed }))
    const output = await allText(pdf)

    expect(output).toContain('The blocks after them still print')
    expect(output).toContain('not a link')
    expect(pdf.toString('latin1')).not.toContain('javascript:')
  })

  it('renders 40 technique cards, splitting one only to fill a page, under its title "(continued)"', async () => {
    const steps = (number: number) =>
      Array.from({ length: 2 + ((number * 7) % 13) }, (_, i) =>
        i < 2
          ? `${i ? 'Second' : 'First'} step of technique ${number}.`
          : `Then breathe out slowly and let the muscle soften under your hand (${i + 1}).`,
      )
    const cards = Array.from({ length: 40 }, (_, i) => card(i + 1, { steps: steps(i + 1) }))
    const pdf = await render(handout({ blocks: cards }))
    const pages = await pagesText(pdf)
    const onPage = (page: number, text: string) =>
      pages[page]?.split('\n').some((line) => line.includes(text))

    expect(pages.length).toBeGreaterThanOrEqual(15)
    expect(await mostlyBlankPages(pdf)).toEqual([])
    for (const { number } of cards) {
      const first = pages.findIndex((page) => page.includes(`Technique number ${number}`))
      const parts = [`First step of technique ${number}.`, `Second step of technique ${number}.`]
      expect(first).toBeGreaterThanOrEqual(0)
      const whole = parts.every((part) => onPage(first, part)) && onPage(first, `${number} min`)
      if (!whole) {
        expect(pages[first + 1]).toContain(`Technique number ${number} (continued)`)
      }
    }
  })

  it('splits a card taller than a page between steps and repeats its title', async () => {
    const steps = Array.from(
      { length: 45 },
      (_, i) => `Step ${i + 1}: hold the position and breathe slowly.`,
    )
    const pdf = await render(handout({ blocks: [card(7, { name: 'Very long routine', steps })] }))
    const pages = await pagesText(pdf)

    expect(pages.length).toBeGreaterThan(1)
    expect(pages[1]).toContain('Very long routine (continued)')
    const lines = pages.flatMap((page) => page.split('\n'))
    for (const step of steps) {
      expect(lines.filter((line) => line.includes(step.split(':')[0] + ':'))).toHaveLength(1)
    }
  })

  it('flows a 50,000-character paragraph over several pages without touching the footer', async () => {
    const sentence = 'Slow, gentle pressure helps the muscles let go of tension over time. '
    const long = sentence.repeat(Math.ceil(50_000 / sentence.length)).slice(0, 50_000)
    const pdf = await render(handout({ blocks: [paragraph(long)] }))
    const all = await pdfWords(pdf)
    const pageCount = (await pdfInfo(pdf)).pages

    expect(pageCount).toBeGreaterThanOrEqual(8)
    for (let page = 0; page < pageCount; page++) {
      const onPage = all.filter((word) => word.page === page)
      const footerTop = Math.min(...onPage.filter((w) => w.text === 'Page').map((w) => w.yMin))
      const body = onPage.filter((w) => w.yMin < footerTop - 1 && w.yMin > 80)
      expect(body.length).toBeGreaterThan(0)
      expect(Math.max(...body.map((w) => w.yMax))).toBeLessThan(footerTop - 10)
    }
  })

  it('never leaves a heading as the last line of a page', async () => {
    const headings = Array.from({ length: 30 }, (_, i) => `Section heading ${i + 1}`)
    const blocks = headings.flatMap((heading, i): Block[] => [
      { type: 'heading', level: ((i % 3) + 1) as 1 | 2 | 3, text: heading },
      paragraph('Breathe in slowly and let the shoulders drop. '.repeat(1 + ((i * 7) % 9))),
    ])
    const pages = await pagesText(await render(handout({ blocks })))

    expect(pages.length).toBeGreaterThan(3)
    for (const page of pages) {
      const lines = page
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
      const bodyLines = lines.filter((line) => !/Page \d+ of \d+/.test(line))
      const last = bodyLines.at(-1) ?? ''
      expect(headings).not.toContain(last)
    }
  })

  it('keeps a heading with its one-line intro, and with the card after it unless that leaves a page mostly blank', async () => {
    const filler = 'Move slowly, breathe out, and stop before it hurts. '
    const sections = Array.from({ length: 12 }, (_, i) => i + 1)
    const blocks = sections.flatMap((number): Block[] => [
      paragraph(filler.repeat(2 + ((number * 5) % 11))),
      { type: 'heading', level: 2, text: `Routine ${number} heading` },
      paragraph(`Intro line for routine ${number}.`),
      card(number, { name: `Card ${number} title` }),
    ])
    const pdf = await render(handout({ blocks }))
    const pages = await pagesText(pdf)
    const pageOf = (text: string) => pages.findIndex((page) => page.includes(text))
    const blank = (await pageImages(pdf, { scale: 0.4 })).map((page) => blankShare(page))

    for (const number of sections) {
      const heading = pageOf(`Routine ${number} heading`)
      const cardPage = pageOf(`Card ${number} title`)
      expect({ number, intro: pageOf(`Intro line for routine ${number}.`) }).toEqual({
        number,
        intro: heading,
      })
      expect([heading, heading + 1]).toContain(cardPage)
      if (cardPage !== heading) {
        expect({ number, blank: blank[heading] <= 0.4 }).toEqual({ number, blank: true })
      }
    }
  })

  it('starts a tall card under its heading rather than leave the page mostly blank', async () => {
    const steps = Array.from({ length: 14 }, (_, i) => `Step ${i + 1}: breathe out and relax.`)
    const blocks: Block[] = [
      paragraph('A short welcome.'),
      { type: 'heading', level: 2, text: 'A note from your clinician' },
      paragraph('Keep the morning routine going.'),
      { type: 'heading', level: 2, text: 'Morning routine' },
      paragraph('It takes about 12 minutes.'),
      card(1, { name: 'Tall card', steps }),
    ]
    const pdf = await render(handout({ blocks }))
    const pages = await pagesText(pdf)
    const pageOf = (text: string) => pages.findIndex((page) => page.includes(text))

    expect(pageOf('Morning routine')).toBe(0)
    expect(pageOf('Tall card')).toBe(0)
    expect(pages[1]).toContain('Tall card (continued)')
    expect(await mostlyBlankPages(pdf)).toEqual([])
  })

  it('sets large-print body text at 18 pt or more', async () => {
    const body = 'Let your hands glide slowly down the muscle beside the shoulder blade. '
    const blocks = [paragraph(body.repeat(12))]
    const regular = await pdfWords(await render(handout({ blocks })))
    const large = await pdfWords(
      await render(handout({ blocks, layout: { paper: 'A4', largePrint: true } })),
    )
    const pointSize = (list: Word[]) =>
      list.find((w) => w.text === 'shoulder' && w.yMin > 100)?.fontSize ?? 0

    expect(pointSize(large)).toBeGreaterThanOrEqual(18)
    expect(pointSize(regular)).toBeLessThan(13)
  })
})

import { beforeAll, describe, expect, it } from '@jest/globals'
import { simpleParser } from 'mailparser'
import nodemailer from 'nodemailer'
import sharp from 'sharp'

import type { Block, HandoutDocument, HandoutImage } from '../../src/handouts/document'
import { renderEmail } from '../../src/handouts/email/renderEmail'

const VOID_ELEMENTS = new Set(['meta', 'img', 'br', 'hr', 'link', 'input'])

/** Opening and closing tags pair up, in order (Outlook's conditional comments set aside). */
const unbalancedTags = (html: string): string[] => {
  const problems: string[] = []
  const open: string[] = []
  const body = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!DOCTYPE[^>]*>/i, '')
  for (const [, closing, name] of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const tag = name.toLowerCase()
    if (VOID_ELEMENTS.has(tag)) {
      continue
    }
    if (!closing) {
      open.push(tag)
    } else if (open.pop() !== tag) {
      problems.push(`</${tag}>`)
    }
  }
  return [...problems, ...open.map((tag) => `<${tag}> never closed`)]
}

/** Attribute names of a tag, with quoted values skipped (so `alt="x onerror=y"` is just alt). */
const attributeNames = (tag: string) =>
  [...tag.replace(/^<[a-zA-Z0-9]+/, '').matchAll(/([^\s=>/]+)(?:="[^"]*")?/g)].map((m) =>
    m[1].toLowerCase(),
  )

const tagsIn = (html: string) =>
  [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0])
const cidsReferenced = (html: string) => [...html.matchAll(/src="cid:([^"]+)"/g)].map((m) => m[1])
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])

let png: Uint8Array
let otherPng: Uint8Array

const image = (key: string, alt: string, data = png): HandoutImage => ({
  key,
  data,
  mimeType: 'image/png',
  width: 1200,
  height: 900,
  alt,
})

const run = (
  value: string,
  marks: { bold?: boolean; italic?: boolean; underline?: boolean } = {},
) => ({
  type: 'text' as const,
  text: value,
  ...marks,
})

const card = (
  number: number,
  overrides: Partial<Extract<Block, { type: 'techniqueCard' }>> = {},
): Block => ({
  type: 'techniqueCard',
  number,
  name: `Technique number ${number}`,
  steps: [`First step of technique ${number}`, `Second step of technique ${number}`],
  dosage: [
    { label: 'Duration', value: `${number} min` },
    { label: 'Reps', value: '10' },
  ],
  ...overrides,
})

const handout = (
  overrides: Partial<HandoutDocument> & { blocks?: Block[] } = {},
): HandoutDocument => ({
  meta: {
    title: 'Your home program',
    subtitle: 'Easing low back stiffness',
    language: 'en',
    patientName: 'Sam Patel',
    clinicianName: 'Maya Lee, RMT',
    date: '2025-03-03',
    template: 'home-program',
    ...overrides.meta,
  },
  branding: {
    clinicName: 'Riverside Massage Clinic',
    logo: image('clinic-logo', 'Riverside Massage Clinic logo', otherPng),
    primaryColour: '#2E6F62',
    accentColour: '#C9873B',
    contactLines: ['12 River Street, Springfield', '(555) 010-2030'],
    footer: 'Questions? Reply to this email or call the front desk.',
    disclaimer: 'This handout does not replace the advice of your health professional.',
    ...overrides.branding,
  },
  layout: { paper: 'A4', largePrint: false, ...overrides.layout },
  blocks: overrides.blocks ?? [],
})

const fullProgram = (): HandoutDocument =>
  handout({
    blocks: [
      { type: 'heading', level: 1, text: 'Your techniques' },
      {
        type: 'paragraph',
        children: [
          run('Do this '),
          run('twice a day', { bold: true }),
          run(', '),
          run('slowly', { italic: true }),
          run(' and '),
          run('gently', { underline: true }),
          run('. Read '),
          { type: 'link', url: 'https://arthritis.ca/back', children: [run('back pain basics')] },
          run('.'),
        ],
      },
      {
        type: 'callout',
        tone: 'warning',
        title: 'Stop and call us if…',
        items: ['Numbness spreads down your leg', 'Pain is sharp or lasts an hour'],
      },
      card(1, {
        name: 'Upper-back glide',
        summary: 'Loosens the muscles between your shoulder blades.',
        image: image('upper-back-glide', 'A ball gliding along the upper back'),
        steps: [
          'Lean against a wall with the ball behind you.',
          'Bend your knees to roll the ball.',
        ],
        dosage: [
          { label: 'Duration', value: '5 min' },
          { label: 'Reps', value: '10' },
        ],
        cues: ['A warm, spreading pressure'],
        precautions: ['Keep the ball off your spine'],
        note: 'Spend an extra minute on the left side.',
      }),
      card(2, {
        name: 'Lower-back kneading',
        image: image('upper-back-glide', 'The same picture again'),
      }),
      {
        type: 'dosageTable',
        caption: 'Your week',
        rows: [{ label: 'Weekdays', value: 'Morning and evening' }],
      },
      {
        type: 'list',
        ordered: false,
        items: [
          { children: [run('Walk every hour')] },
          {
            children: [run('Use heat first:')],
            sublist: { ordered: true, items: [{ children: [run('a warm shower')] }] },
          },
        ],
      },
      { type: 'quote', children: [run('Little and often.')] },
      {
        type: 'image',
        image: image('heat-pack', 'A heat pack on the lower back'),
        caption: 'Ten minutes of heat',
      },
      {
        type: 'callout',
        tone: 'tip',
        title: 'Make it a habit',
        children: [run('Pair it with your morning tea.')],
      },
      {
        type: 'resourceList',
        title: 'Further reading',
        resources: [
          {
            title: 'Arthritis Society',
            kind: 'Organisation',
            summary: 'Advice and a helpline.',
            url: 'https://arthritis.ca',
          },
          { title: 'HSA/FSA guide', url: 'www.example.org/hsa' },
        ],
      },
      { type: 'contact', signature: 'Maya Lee, RMT', lines: ['Call or text (555) 010-2030'] },
    ],
  })

beforeAll(async () => {
  const solid = (r: number, g: number, b: number) =>
    sharp({ create: { width: 8, height: 6, channels: 3, background: { r, g, b } } })
      .png()
      .toBuffer()
  png = new Uint8Array(await solid(46, 111, 98))
  otherPng = new Uint8Array(await solid(201, 135, 59))
})

describe('the handout email shows the whole program in the body', () => {
  it('has the patient, every technique with its steps and dosage, the safety box, footer and disclaimer', () => {
    const { html, text, subject } = renderEmail(fullProgram())

    expect(subject).toBe('Your home program from Riverside Massage Clinic')
    for (const part of [html, text]) {
      expect(part).toContain('Sam Patel')
      expect(part).toContain('Maya Lee, RMT')
      expect(part).toContain('Upper-back glide')
      expect(part).toContain('Lower-back kneading')
      expect(part).toContain('Lean against a wall with the ball behind you.')
      expect(part).toContain('Second step of technique 2')
      expect(part).toContain('5 min')
      expect(part).toContain('2 min')
      expect(part).toContain('Numbness spreads down your leg')
      expect(part).toContain('Spend an extra minute on the left side.')
      expect(part).toContain('Keep the ball off your spine')
      expect(part).toContain('Questions? Reply to this email or call the front desk.')
      expect(part).toContain(
        'This handout does not replace the advice of your health professional.',
      )
      expect(part).toContain('Arthritis Society')
      expect(part).toContain('Little and often.')
    }
  })

  it('puts the red flags inside the safety box, under its title', () => {
    const { html, text } = renderEmail(fullProgram())

    const box = html.slice(html.indexOf('Stop and call us if…'), html.indexOf('Upper-back glide'))
    expect(box).toContain('Numbness spreads down your leg')
    expect(box).toContain('Pain is sharp or lasts an hour')
    expect(text).toMatch(
      /\+-{74}\+\n\| ! STOP AND CALL US IF…\n\|\n\| - Numbness spreads down your leg\n\| - Pain is sharp or lasts an hour\n\+-{74}\+/,
    )
  })

  it('keeps bold, italic, underline and links in the HTML', () => {
    const { html } = renderEmail(fullProgram())

    expect(html).toContain('<strong>twice a day</strong>')
    expect(html).toContain('<em>slowly</em>')
    expect(html).toContain('<u>gently</u>')
    expect(html).toMatch(/<a href="https:\/\/arthritis\.ca\/back"[^>]*>back pain basics<\/a>/)
    expect(html).toMatch(
      /<ul[^>]*>.*<li[^>]*>Walk every hour<\/li>.*<ol[^>]*><li[^>]*>a warm shower<\/li><\/ol>/s,
    )
  })

  it('writes a plain-text part a patient can follow', () => {
    const { text } = renderEmail(fullProgram())

    expect(text).toContain('YOUR TECHNIQUES\n===============')
    expect(text).toContain('1. Upper-back glide')
    expect(text).toContain(
      '   Steps:\n   1. Lean against a wall with the ball behind you.\n   2. Bend your knees',
    )
    expect(text).toContain('Duration: 5 min · Reps: 10')
    expect(text).toContain('- A warm, spreading pressure')
    expect(text.replace(/\s+/g, ' ')).toContain('back pain basics (https://arthritis.ca/back)')
    expect(text).toContain('- Arthritis Society (https://arthritis.ca/)')
    expect(text).toContain('- HSA/FSA guide (www.example.org/hsa)')
    expect(text).toContain('- Walk every hour\n- Use heat first:\n   a. a warm shower')
    expect(text).toContain('> Little and often.')
    expect(text).not.toMatch(/<[a-z]/i)
  })

  it('wraps the plain text at 76 columns, leaving only unbreakable words longer', () => {
    const long = 'Breathe in slowly through your nose and out through your mouth. '.repeat(12)
    const url = `https://example.org/${'a'.repeat(90)}`
    const { text } = renderEmail(
      handout({
        blocks: [
          {
            type: 'paragraph',
            children: [run(long), { type: 'link', url, children: [run('a long link')] }],
          },
          card(1, { steps: [long], note: long }),
        ],
      }),
    )

    const tooLong = text.split('\n').filter((line) => line.length > 76)
    expect(tooLong).toEqual([`(${url})`])
  })

  it('uses the clinic colours and falls back when a colour is not a hex value', () => {
    const branded = renderEmail(
      handout({ branding: { ...handout().branding, primaryColour: '#2e6f62' } }),
    )
    expect(branded.html).toContain('bgcolor="#2E6F62"')

    const hostile = renderEmail(
      handout({
        branding: {
          ...handout().branding,
          primaryColour: 'red;background:url(javascript:alert(1))',
          accentColour: '"><script>alert(1)</script>',
        },
        blocks: [card(1, { note: 'Gently.' })],
      }),
    )
    expect(hostile.html).not.toContain('javascript')
    expect(hostile.html).not.toContain('<script')
  })
})

describe('the HTML survives mail clients', () => {
  it('is one 600px centred container of presentation tables with inline styles only', () => {
    const { html } = renderEmail(fullProgram())

    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(unbalancedTags(html)).toEqual([])
    expect(html).toMatch(
      /<table role="presentation" class="container" width="600" align="center"[^>]*max-width:600px/,
    )
    expect(html).toContain('<!--[if mso]><table role="presentation" width="600" align="center"')
    for (const table of tagsIn(html).filter((tag) => tag.startsWith('<table'))) {
      expect(table).toContain('role="presentation"')
    }
    expect(html).not.toMatch(/<link\b|<script\b|@import|@font-face|url\(/i)
    expect(html).toContain('font-family:Arial, Helvetica, sans-serif')
    expect(html).toMatch(
      /<div style="display:none;[^"]*">Easing low back stiffness · Prepared for Sam Patel/,
    )
  })

  it('gives every image an explicit width up to 560px, auto height, alt text and display:block', () => {
    const { html } = renderEmail(fullProgram())

    const images = tagsIn(html).filter((tag) => tag.startsWith('<img'))
    expect(images).toHaveLength(4)
    for (const img of images) {
      const width = Number(/ width="(\d+)"/.exec(img)?.[1])
      expect(width).toBeGreaterThan(0)
      expect(width).toBeLessThanOrEqual(560)
      expect(img).toMatch(/ alt="[^"]+"/)
      expect(img).toContain('display:block')
      expect(img).toContain('height:auto')
    }
    expect(html).toContain('alt="A ball gliding along the upper back"')
  })

  it('sets lang from the handout and dir="rtl" for right-to-left languages', () => {
    for (const language of ['ar', 'he', 'fa', 'ur', 'ar-EG']) {
      const { html } = renderEmail(handout({ meta: { ...handout().meta, language } }))
      expect(html).toContain(`<html lang="${language}" dir="rtl"`)
      expect(html).toMatch(/<table [^>]*dir="rtl"/)
    }
    expect(renderEmail(handout({ meta: { ...handout().meta, language: 'fr-CA' } })).html).toContain(
      '<html lang="fr-CA" dir="ltr"',
    )
    expect(
      renderEmail(handout({ meta: { ...handout().meta, language: '"><script>' } })).html,
    ).toContain('<html lang="en" dir="ltr"')
  })

  it('renders an empty document as valid HTML', () => {
    const empty: HandoutDocument = {
      meta: { title: '', language: '', date: '', template: '' },
      branding: { clinicName: '', primaryColour: '', accentColour: '', contactLines: [] },
      layout: { paper: 'LETTER', largePrint: false },
      blocks: [],
    }
    const email = renderEmail(empty)

    expect(email.subject).toBe('Your home program')
    expect(email.html).toContain('<html lang="en" dir="ltr"')
    expect(email.html.trimEnd().endsWith('</html>')).toBe(true)
    expect(unbalancedTags(email.html)).toEqual([])
    expect(email.attachments).toEqual([])
    expect(typeof email.text).toBe('string')
  })
})

describe('user-supplied content is never markup', () => {
  const hostile = () =>
    handout({
      meta: {
        ...handout().meta,
        title: '<script>alert(1)</script>',
        patientName: 'Sam <b>Patel</b>',
        subtitle: 'Tom & Jerry "quoted"',
      },
      branding: { ...handout().branding, clinicName: 'Clinic</title><script>x()</script>' },
      blocks: [
        { type: 'heading', level: 2, text: '<h1>Heading</h1>' },
        card(1, {
          name: '<img src=x onerror=alert(1)>',
          steps: ['<script>steal()</script>', 'Press <b>gently</b>'],
          note: '<iframe src="https://evil.example"></iframe>',
          dosage: [{ label: '<i>Reps</i>', value: '10 & more' }],
          image: image('x" onerror="alert(1)', 'alt" onerror="alert(1)'),
        }),
        {
          type: 'paragraph',
          children: [
            { type: 'link', url: 'javascript:alert(1)', children: [run('click me')] },
            run(' '),
            { type: 'link', url: ' JaVaScRiPt:alert(2)', children: [run('or me')] },
            run(' '),
            { type: 'link', url: 'java\tscript:alert(3)', children: [run('or this')] },
            run(' '),
            {
              type: 'link',
              url: 'data:text/html,<script>alert(4)</script>',
              children: [run('data')],
            },
            run(' '),
            { type: 'link', url: 'https://ok.example/a"b<c>', children: [run('fine')] },
            run(' '),
            { type: 'link', url: 'mailto:care@clinic.example', children: [run('email us')] },
          ],
        },
        {
          type: 'resourceList',
          resources: [
            { title: 'Bad resource', url: 'javascript:alert(5)', summary: '<script>y()</script>' },
          ],
        },
        {
          type: 'callout',
          tone: 'warning',
          title: '<marquee>Danger</marquee>',
          items: ['<b>x</b>'],
        },
        {
          type: 'contact',
          lines: ['<a href="javascript:z()">call</a>'],
          signature: '<svg onload=alert(1)>',
        },
      ],
    })

  it('escapes HTML and script in the title, names, notes, steps and everything else', () => {
    const { html } = renderEmail(hostile())

    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;script&gt;steal()&lt;/script&gt;')
    expect(html).toContain('Sam &lt;b&gt;Patel&lt;/b&gt;')
    expect(html).toContain('Tom &amp; Jerry &quot;quoted&quot;')
    expect(html).toContain('&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;')
    expect(html).toContain('10 &amp; more')
    for (const tag of tagsIn(html)) {
      expect(tag).not.toMatch(/^<(script|iframe|marquee|svg|b|i)\b/i)
      expect(attributeNames(tag).filter((name) => name.startsWith('on'))).toEqual([])
    }
    expect(unbalancedTags(html)).toEqual([])
  })

  it('turns only http(s) and mailto URLs into links; javascript: and data: stay plain text', () => {
    const { html, text } = renderEmail(hostile())

    expect(hrefs(html)).toEqual(['https://ok.example/a%22b%3Cc%3E', 'mailto:care@clinic.example'])
    expect(html).not.toMatch(/href="\s*(javascript|data):/i)
    expect(html).toContain('click me')
    expect(html).toContain('Bad resource')
    expect(text.replace(/\s+/g, ' ')).toContain(
      'click me or me or this data fine (https://ok.example/a%22b%3Cc%3E) email us (care@clinic.example)',
    )
    expect(text).not.toMatch(/\(\s*(javascript|data):/i)
    expect(text).not.toContain('alert(5)')
  })

  it('keeps the subject plain text on one line', () => {
    const { subject } = renderEmail(
      handout({
        meta: { ...handout().meta, title: 'Stretch & breathe\r\nBcc: someone@example.org' },
        branding: { ...handout().branding, clinicName: 'Smith & Co\n' },
      }),
    )
    expect(subject).toBe('Stretch & breathe Bcc: someone@example.org from Smith & Co')
  })
})

describe('inline images travel as cid: attachments', () => {
  it('has exactly one attachment for every cid: in the HTML, and no other', () => {
    const { html, attachments } = renderEmail(fullProgram())

    const referenced = new Set(cidsReferenced(html))
    const attached = attachments.map((attachment) => attachment.cid)
    expect(new Set(attached).size).toBe(attached.length)
    expect(new Set(attached)).toEqual(referenced)
    expect(attached).toEqual(['clinic-logo', 'upper-back-glide', 'heat-pack'])
    for (const attachment of attachments) {
      expect(attachment.contentType).toBe('image/png')
      expect(attachment.filename).toBe(`${attachment.cid}.png`)
      expect(attachment.content.subarray(1, 4).toString()).toBe('PNG')
    }
  })

  it('sanitises keys into Content-IDs and keeps different images apart when they clash', () => {
    const { html, attachments } = renderEmail(
      handout({
        branding: { ...handout().branding, logo: undefined },
        blocks: [
          { type: 'image', image: image('media/12 photo.png', 'one') },
          { type: 'image', image: image('media/12:photo.png', 'two', otherPng) },
          { type: 'image', image: { ...image('face', 'three'), mimeType: 'image/jpeg' } },
        ],
      }),
    )

    expect(attachments.map((attachment) => [attachment.cid, attachment.filename])).toEqual([
      ['media-12-photo.png', 'media-12-photo.png.png'],
      ['media-12-photo.png-2', 'media-12-photo.png-2.png'],
      ['face', 'face.jpg'],
    ])
    expect(cidsReferenced(html)).toEqual(['media-12-photo.png', 'media-12-photo.png-2', 'face'])
    expect(Buffer.compare(attachments[1].content, Buffer.from(otherPng))).toBe(0)
  })

  it('keeps the text/html parts and inline images through MIME encoding', async () => {
    const email = renderEmail(fullProgram())
    const transport = nodemailer.createTransport({
      streamTransport: true,
      buffer: true,
      newline: 'unix',
    })
    const info = await transport.sendMail({
      from: 'Riverside Massage Clinic <care@riverside.test>',
      to: 'Sam Patel <sam@example.test>',
      subject: email.subject,
      html: email.html,
      text: email.text,
      attachments: email.attachments,
    })
    const parsed = await simpleParser(info.message as Buffer, { skipImageLinks: true })

    expect(parsed.subject).toBe(email.subject)
    expect(parsed.text?.trimEnd()).toBe(email.text.trimEnd())
    expect(parsed.html).toBe(email.html)
    expect(parsed.attachments.map((attachment) => attachment.cid)).toEqual(
      email.attachments.map((attachment) => attachment.cid),
    )
    for (const [i, attachment] of parsed.attachments.entries()) {
      expect(attachment.contentDisposition).toBe('inline')
      expect(attachment.related).toBe(true)
      expect(attachment.contentType).toBe('image/png')
      expect(Buffer.compare(attachment.content, email.attachments[i].content)).toBe(0)
    }
  })
})

describe('big programs', () => {
  it('renders 40 technique cards and a 50,000-character paragraph, the HTML in short', () => {
    const paragraph = 'Relax your shoulders and breathe out slowly. '.repeat(1112).slice(0, 50_000)
    const cards = Array.from({ length: 40 }, (_, i) =>
      card(i + 1, { image: image(`technique-${i + 1}`, `Technique ${i + 1} illustration`) }),
    )
    const started = performance.now()
    const email = renderEmail(
      handout({ blocks: [{ type: 'paragraph', children: [run(paragraph)] }, ...cards] }),
    )
    const elapsed = performance.now() - started

    expect(email.html).toContain(paragraph)
    expect(email.text.replace(/\s+/g, ' ')).toContain(paragraph.trim())
    for (let n = 1; n <= 40; n += 1) {
      expect(email.html).toContain(`Technique number ${n}</h3>`)
      expect(email.text).toContain(`${n}. Technique number ${n}`)
      // Too long for one email: the HTML part names each card, the text part and PDF have the steps.
      expect(email.html).not.toContain(`Second step of technique ${n}`)
      expect(email.text).toContain(`Second step of technique ${n}`)
    }
    expect(email.html).toContain('Every step is in the PDF')
    expect(email.attachments).toHaveLength(41)
    expect(unbalancedTags(email.html)).toEqual([])
    expect(elapsed).toBeLessThan(2_000)
  })
})

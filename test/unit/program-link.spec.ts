import { describe, expect, it } from '@jest/globals'
import jsQR from 'jsqr'

import type { HandoutDocument } from '../../src/handouts/document'
import { renderEmail } from '../../src/handouts/email/renderEmail'
import { renderPdf } from '../../src/handouts/pdf/renderPdf'
import { renderProgramPage } from '../../src/handouts/page/page'
import { pageImages, pageTexts } from '../helpers/pdfPages'
import { visibleText } from '../helpers/patientPage'

const LINK = 'https://clinic.example/p/R7zkV_kvhzwzPveYt0Y9-VPqj6nl0TsHtXUpYIk_xgs'

const handout = (programLink?: string): HandoutDocument => ({
  meta: {
    title: 'Home program for Ana María López',
    language: 'en',
    patientName: 'Ana María López',
    clinicianName: 'Dr Clara Clinician',
    date: '2026-03-03',
    template: 'home-program',
    programLink,
  },
  branding: {
    clinicName: 'Riverside Clinic',
    primaryColour: '#2E6F62',
    accentColour: '#C8643B',
    contactLines: ['Phone: 555-0142'],
  },
  layout: { paper: 'A4', largePrint: false },
  blocks: [
    { type: 'paragraph', children: [{ type: 'text', text: 'Ana, this is your home program.' }] },
    { type: 'heading', level: 2, text: 'Daily maintenance' },
    {
      type: 'techniqueCard',
      number: 1,
      name: 'Neck and shoulder rolls',
      steps: ['Sit tall.', 'Roll your shoulders.'],
      dosage: [{ label: 'Time', value: '3 min' }],
    },
  ],
})

describe('The link to the patient page in the handout', () => {
  it('puts an "Open your program" button above the program in the email, and the link in its text part', () => {
    const { html, text } = renderEmail(handout(LINK))
    const button = html.indexOf(`<a href="${LINK}"`)
    expect(button).toBeGreaterThan(0)
    expect(html.slice(button, button + 400)).toContain('>Open your program</a>')
    expect(button).toBeLessThan(html.indexOf('Ana, this is your home program.'))
    expect(text.indexOf(LINK)).toBeLessThan(text.indexOf('Ana, this is your home program.'))
  })

  it('leaves the button out of a handout with no link (previews, downloads)', () => {
    const { html, text } = renderEmail(handout())
    expect(html).not.toContain('Open your program')
    expect(text).not.toContain('Open your program')
  })

  it('prints the link on page 1 of the PDF with a QR code that decodes to it', async () => {
    const pdf = await renderPdf(handout(LINK))
    const [firstText] = await pageTexts(pdf)
    expect(firstText.replace(/\s+/g, '')).toContain(LINK)
    const [first] = await pageImages(pdf, { scale: 2 })
    expect(jsQR(first.rgba, first.width, first.height)?.data).toBe(LINK)
  })

  it('draws no QR code without a link', async () => {
    const [first] = await pageImages(await renderPdf(handout()), { scale: 2 })
    expect(jsQR(first.rgba, first.width, first.height)).toBeNull()
  })
})

describe('The program page as rendered', () => {
  it('names the patient by first name only, even where the title has the full name', () => {
    const { html } = renderProgramPage({
      document: handout() as never,
      sentAt: '2026-03-03T10:00:00.000Z',
      base: '/p/token',
      large: false,
    })
    const text = visibleText(html)
    expect(text).toContain('Hello, Ana')
    expect(text).toContain('Home program for Ana')
    expect(text).toContain('Updated on March 3, 2026')
    expect(html).not.toContain('López')
  })

  it('shows a snapshot’s pictures at their email size, served under the page by checksum', () => {
    const file = (digit: string, width: number, height: number) => ({
      sha256: digit.repeat(64),
      mimeType: 'image/png' as const,
      width,
      height,
    })
    const image = {
      key: 'rolls',
      alt: 'Shoulders rolling back',
      print: file('a', 1600, 1200),
      email: file('b', 560, 420),
    }
    const document = handout() as unknown as HandoutDocument<typeof image>
    const card = document.blocks[2] as Extract<
      (typeof document.blocks)[number],
      { type: 'techniqueCard' }
    >
    document.blocks[2] = { ...card, image }
    const { html } = renderProgramPage({
      document,
      sentAt: '2026-03-03T10:00:00.000Z',
      base: '/p/token',
      large: false,
    })
    expect(html).toContain(
      `<img src="/p/token/images/${'b'.repeat(64)}" alt="Shoulders rolling back" width="560" height="420"`,
    )
    expect(html).not.toContain('a'.repeat(64))
  })

  it('escapes what the clinic wrote', () => {
    const document = handout()
    document.blocks.push({
      type: 'paragraph',
      children: [{ type: 'text', text: '<script>alert(1)</script>' }],
    })
    const { html } = renderProgramPage({
      document: document as never,
      sentAt: '2026-03-03T10:00:00.000Z',
      base: '/p/token',
      large: false,
    })
    expect(html).not.toContain('<script>alert(1)')
    // The one script is the page's own, the one its CSP allows by hash.
    expect(html.match(/<script>/g)).toHaveLength(1)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})

import { describe, expect, it } from '@jest/globals'

import { contrast, MIN_CONTRAST, WHITE } from '../../src/handouts/brand/colour'
import { directionOf, languageTag } from '../../src/handouts/brand/language'
import type { Branding, HandoutDocument } from '../../src/handouts/document'
import { renderEmail } from '../../src/handouts/email/renderEmail'
import { themeFor } from '../../src/handouts/email/theme/theme'
import { renderPdf } from '../../src/handouts/pdf/renderPdf'
import { createTheme } from '../../src/handouts/pdf/theme'

const handout = (branding: Partial<Branding>, language = 'en'): HandoutDocument => ({
  meta: { title: 'Your home program', language, date: '2026-12-01', template: 'home-program' },
  branding: {
    clinicName: 'Riverside Massage Clinic',
    primaryColour: '#2E6F62',
    accentColour: '#C8643B',
    contactLines: [],
    ...branding,
  },
  layout: { paper: 'A4', largePrint: false },
  blocks: [{ type: 'paragraph', children: [{ type: 'text', text: 'Breathe out slowly.' }] }],
})

/** Very light, mid-grey, bright, the extremes, and settings that are not colours at all. */
const settings = [
  '#ffff00',
  '#777777',
  '#00aaff',
  '#000000',
  '#ffffff',
  '#2E6F62',
  '#f0e',
  'c8643b',
  '#12345',
  'red',
  '',
  'url(javascript:alert(1))',
]

const bothThemes = (colour: string) => {
  const branding = handout({ primaryColour: colour, accentColour: colour }).branding
  return {
    pdf: createTheme(branding, false).palette,
    email: themeFor(handout(branding)).colours,
  }
}

describe('a clinic colour in the PDF and in the email', () => {
  it.each(settings)('"%s" gives the same fill, text and text-on-fill colours in both', (colour) => {
    const { pdf, email } = bothThemes(colour)
    expect({
      fill: pdf.primaryFill,
      text: pdf.primary,
      link: pdf.link,
      onFill: pdf.onPrimary,
      accentFill: pdf.accentFill,
      accentText: pdf.accent,
    }).toEqual({
      fill: email.primary,
      text: email.primaryText,
      link: email.primaryText,
      onFill: email.onPrimary,
      accentFill: email.accent,
      accentText: email.accentText,
    })
  })

  it.each(settings)(
    '"%s" reads at 4.5:1 or more as text, and under text, wherever it is drawn',
    (colour) => {
      const { pdf, email } = bothThemes(colour)
      const pairs: Array<[text: string, background: string]> = [
        [email.primaryText, WHITE],
        [email.primaryText, email.primaryTint],
        [email.onPrimary, email.primary],
        [email.accentText, email.accentTint],
        [pdf.primary, pdf.cardFill],
        [pdf.onPrimary, pdf.primaryFill],
        [pdf.accent, pdf.tipFill],
      ]
      for (const [text, background] of pairs) {
        expect(contrast(text, background)).toBeGreaterThanOrEqual(MIN_CONTRAST)
      }
    },
  )

  it('keeps a colour that already reads well, and falls back to the default for one that is not a colour', () => {
    expect(bothThemes('#1d4ed8').email.primaryText).toBe('#1D4ED8')
    expect(bothThemes('url(javascript:alert(1))').email.primary).toBe('#2E6F62')
    expect(bothThemes('#ffff00').email.onPrimary).not.toBe(WHITE)
    expect(bothThemes('#000000').email.onPrimary).toBe(WHITE)
  })
})

describe("a handout's language in the PDF and in the email", () => {
  it.each([
    ['ar', 'ar', 'rtl'],
    ['he-IL', 'he-IL', 'rtl'],
    ['fa', 'fa', 'rtl'],
    ['ur-PK', 'ur-PK', 'rtl'],
    ['en', 'en', 'ltr'],
    ['es-mx', 'es-MX', 'ltr'],
    ['zh-Hant', 'zh-Hant', 'ltr'],
    ['not a language!', 'en', 'ltr'],
    ['', 'en', 'ltr'],
  ])('"%s" is declared as %s, written %s', (language, tag, direction) => {
    expect(languageTag(language)).toBe(tag)
    expect(directionOf(languageTag(language))).toBe(direction)
  })

  it.each([
    ['ar', 'ar', 'rtl'],
    ['es-mx', 'es-MX', 'ltr'],
    ['not a language!', 'en', 'ltr'],
  ])('"%s" is declared the same way by both renderers', async (language, tag, direction) => {
    const document = handout({}, language)
    const { html } = renderEmail(document)
    expect(html).toMatch(new RegExp(`<html[^>]* lang="${tag}"`))
    expect(html).toMatch(new RegExp(`<html[^>]* dir="${direction}"`))
    const pdf = Buffer.from(await renderPdf(document)).toString('latin1')
    expect(pdf).toContain(`/Lang (${tag})`)
  })
})

import { describe, expect, it } from '@jest/globals'

import type { HandoutDocument } from '../../src/handouts/document'
import { renderText } from '../../src/handouts/email/text/renderText'
import { formatHandoutDate } from '../../src/handouts/format/dates'
import { dosageInWords, dosageRowsToShow } from '../../src/handouts/format/dosage'
import { pdfFileName } from '../../src/handouts/format/fileName'
import { renderProgramPage } from '../../src/handouts/page/page'
import { renderPdf } from '../../src/handouts/pdf/renderPdf'
import { pdfText } from '../helpers/pdf'
import { visibleText } from '../helpers/patientPage'

describe('formatHandoutDate', () => {
  it('writes a date out in the handout’s language', () => {
    expect(formatHandoutDate('2026-03-03', 'en')).toBe('March 3, 2026')
    expect(formatHandoutDate('2026-03-03', 'en-GB')).toBe('3 March 2026')
    expect(formatHandoutDate('2026-03-03T10:00:00.000Z', 'es')).toBe('3 de marzo de 2026')
  })

  it('writes it in English when the language tag is not one it can use', () => {
    expect(formatHandoutDate('2026-03-03', 'not a language!')).toBe('March 3, 2026')
    expect(formatHandoutDate('2026-03-03', '')).toBe('March 3, 2026')
  })

  it('gives back what it was given when that is not a date', () => {
    expect(formatHandoutDate(' next Tuesday ', 'en')).toBe('next Tuesday')
  })
})

describe('The date in each of the three renderings', () => {
  const spanish: HandoutDocument = {
    meta: {
      title: 'Su programa',
      language: 'es',
      patientName: 'Ana López',
      date: '2026-03-03',
      template: 'home-program',
    },
    branding: {
      clinicName: 'Clínica Ribera',
      primaryColour: '#2E6F62',
      accentColour: '#C8643B',
      contactLines: [],
    },
    layout: { paper: 'A4', largePrint: false },
    blocks: [],
  }
  const date = formatHandoutDate('2026-03-03', 'es')

  it('is the one format, in the handout’s language, in the PDF, the email and the page', async () => {
    expect(date).toBe('3 de marzo de 2026')
    expect((await pdfText(await renderPdf(spanish))).replace(/\s+/g, ' ')).toContain(date)
    expect(renderText(spanish)).toContain(date)
    const page = renderProgramPage({
      document: spanish as never,
      sentAt: '2026-03-03T10:00:00.000Z',
      base: '/p/token',
      large: false,
    })
    expect(visibleText(page.html)).toContain(`Actualizado el ${date}`)
  })
})

describe('pdfFileName', () => {
  it('keeps letters, digits and hyphens of the title, with hyphens for spaces', () => {
    expect(pdfFileName('Neck & shoulder: week 2')).toBe('Neck-shoulder-week-2.pdf')
    expect(pdfFileName('"quoted"\r\nname')).toBe('quotedname.pdf')
  })

  it('falls back to a plain name when nothing is left', () => {
    expect(pdfFileName('***')).toBe('handout.pdf')
    expect(pdfFileName('   ', 'home-program')).toBe('home-program.pdf')
  })
})

describe('Dosage rows', () => {
  it('are shown trimmed, without rows that say nothing', () => {
    expect(
      dosageRowsToShow([
        { label: ' Time ', value: ' 5 min ' },
        { label: ' ', value: '' },
        { label: 'Reps' },
        null,
        { label: '', value: 'Twice a day' },
      ]),
    ).toEqual([
      { label: 'Time', value: '5 min' },
      { label: '', value: 'Twice a day' },
    ])
  })

  it('read "Label: value" where written on a line', () => {
    expect(dosageInWords({ label: 'Hold', value: '30 s' })).toBe('Hold: 30 s')
  })
})

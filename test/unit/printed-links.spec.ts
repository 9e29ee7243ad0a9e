import { describe, expect, it } from '@jest/globals'

import type { Inline } from '../../src/handouts/document'
import { runsFromInlines } from '../../src/handouts/pdf/text/runs'
import { printedAddress } from '../../src/handouts/printedAddress'

const link = (url: string, text: string): Inline => ({
  type: 'link',
  url,
  children: [{ type: 'text', text }],
})
const printed = (inlines: Inline[]) =>
  runsFromInlines(inlines)
    .map((run) => run.text)
    .join('')

describe('a link on paper', () => {
  it('prints its address as a reader types it', () => {
    expect(printedAddress('https://www.arthritis.org/pain/?utm_source=mail&utm_medium=x')).toBe(
      'arthritis.org/pain',
    )
    expect(printedAddress('https://clinic.example/book?service=massage')).toBe(
      'clinic.example/book?service=massage',
    )
    expect(printedAddress('mailto:care@clinic.example')).toBe('care@clinic.example')
    expect(printedAddress('tel:+441632960123')).toBe('+441632960123')
  })

  it('follows the link’s text with the address, unless the text already is the address', () => {
    expect(printed([link('https://www.nhs.uk/conditions/sciatica/', 'the NHS page')])).toBe(
      'the NHS page (nhs.uk/conditions/sciatica)',
    )
    expect(printed([link('https://www.nhs.uk/', 'www.nhs.uk')])).toBe('www.nhs.uk')
    expect(printed([link('mailto:care@clinic.example', 'care@clinic.example')])).toBe(
      'care@clinic.example',
    )
    expect(printed([link('javascript:alert(1)', 'click')])).toBe('click')
  })
})

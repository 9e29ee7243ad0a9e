import { describe, expect, it } from '@jest/globals'

import type { Block, HandoutDocument } from '../../src/handouts/document'
import { renderEmail } from '../../src/handouts/email/renderEmail'
import { summariseForEmail } from '../../src/handouts/email/summarise'
import { renderText } from '../../src/handouts/email/text/renderText'
import { renderProgramPage } from '../../src/handouts/page/page'
import { renderPdf } from '../../src/handouts/pdf/renderPdf'
import { UnknownBlockKind, UnknownInlineKind } from '../../src/handouts/unknownKind'

/** A block of a kind no renderer knows, as stored data of a newer or broken writer has it. */
const mystery = { type: 'mystery', text: 'Do this twice a day' } as unknown as Block
/** A paragraph holding an inline of a kind no renderer knows. */
const sparkle = {
  type: 'paragraph',
  children: [
    { type: 'text', text: 'Well done ' },
    { type: 'sparkle', text: '✨' },
  ],
} as unknown as Block

const handout = (block: Block): HandoutDocument => ({
  meta: {
    title: 'Your home program',
    language: 'en',
    date: '2026-03-03',
    template: 'home-program',
  },
  branding: {
    clinicName: 'Riverside Clinic',
    primaryColour: '#2E6F62',
    accentColour: '#C8643B',
    contactLines: [],
  },
  layout: { paper: 'A4', largePrint: false },
  blocks: [
    { type: 'heading', level: 2, text: 'Daily' },
    { type: 'techniqueCard', number: 1, name: 'Shoulder rolls', steps: ['Roll back.'], dosage: [] },
    block,
  ],
})

const page = (block: Block) =>
  renderProgramPage({
    document: handout(block) as never,
    sentAt: '2026-03-03T10:00:00.000Z',
    base: '/p/token',
    large: false,
  })

const renderers: [string, (block: Block) => unknown][] = [
  ['the PDF', (block) => renderPdf(handout(block))],
  ['the email’s HTML', (block) => renderEmail(handout(block))],
  ['the email’s text', (block) => renderText(handout(block))],
  ['the email in short', (block) => summariseForEmail(handout(block))],
  ['the patient’s page', page],
]

/** What a renderer threw, whether it throws or rejects. */
const failureOf = async (render: () => unknown): Promise<unknown> => {
  try {
    await render()
  } catch (error) {
    return error
  }
  return undefined
}

describe('A block of a kind no renderer knows', () => {
  it.each(renderers)('fails %s, naming the kind', async (_name, render) => {
    const error = await failureOf(() => render(mystery))
    expect(error).toBeInstanceOf(UnknownBlockKind)
    expect((error as UnknownBlockKind).kind).toBe('mystery')
    expect((error as Error).message).toContain('"mystery"')
  })
})

describe('An inline of a kind no renderer knows', () => {
  it.each(renderers.filter(([name]) => name !== 'the email in short'))(
    'fails %s, naming the kind',
    async (_name, render) => {
      const error = await failureOf(() => render(sparkle))
      expect(error).toBeInstanceOf(UnknownInlineKind)
      expect((error as UnknownInlineKind).kind).toBe('sparkle')
    },
  )
})

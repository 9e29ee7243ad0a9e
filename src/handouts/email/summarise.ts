import type { Block, HandoutDocument } from '../document'
import { unknownBlockKind } from '../unknownKind'

/** Gmail clips an HTML part past 102 KB; staying well below keeps every client whole. */
export const EMAIL_HTML_BUDGET_BYTES = 60 * 1024

export const summaryNote =
  'Each technique is shown here in short. The attached PDF has every step: open it, print it or keep it on your phone.'

type Card = Extract<Block, { type: 'techniqueCard' }>

/** A card in short: what it is, what to take care with, the clinician's note (the plan says how much). */
const shortCard = (card: Card): Card => ({ ...card, steps: [], cues: [], dosage: [] })

/** A block as the short email shows it: only technique cards are cut. */
const inShort = (block: Block): Block => {
  switch (block.type) {
    case 'techniqueCard':
      return shortCard(block)
    case 'heading':
    case 'paragraph':
    case 'list':
    case 'quote':
    case 'image':
    case 'dosageTable':
    case 'callout':
    case 'resourceList':
    case 'contact':
      return block
    default:
      return unknownBlockKind(block)
  }
}

/**
 * The same handout for an email too long for one message: every technique card keeps its
 * name, picture, precautions and note, and loses its steps, cues and dosage (the plan above
 * the cards gives each routine's); a box before the first card says the attached PDF carries
 * the whole.
 */
export const summariseForEmail = (doc: HandoutDocument): HandoutDocument => {
  const first = doc.blocks.findIndex((block) => block.type === 'techniqueCard')
  if (first < 0) {
    return doc
  }
  const note: Block = {
    type: 'callout',
    tone: 'tip',
    title: 'Every step is in the PDF',
    children: [{ type: 'text', text: summaryNote }],
  }
  const blocks = doc.blocks.flatMap((block, i): Block[] => {
    const short = inShort(block)
    return i === first ? [note, short] : [short]
  })
  return { ...doc, blocks }
}

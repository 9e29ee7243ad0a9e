import type { Block } from '../../../document'
import { unknownBlockKind } from '../../../unknownKind'
import type { HtmlContext } from '../context'
import type { Markup } from '../markup'
import { calloutHtml } from './callout'
import { contactHtml } from './contact'
import { dosageTableHtml } from './dosage'
import { headingHtml } from './heading'
import { imageBlockHtml } from './image'
import { listHtml } from './list'
import { paragraphHtml, quoteHtml } from './prose'
import { resourceListHtml } from './resourceList'
import { techniqueCardHtml } from './techniqueCard'

export const blockHtml = (block: Block, context: HtmlContext): Markup => {
  switch (block.type) {
    case 'heading':
      return headingHtml(block, context)
    case 'paragraph':
      return paragraphHtml(block, context)
    case 'list':
      return listHtml(block, context)
    case 'quote':
      return quoteHtml(block, context)
    case 'image':
      return imageBlockHtml(block, context)
    case 'techniqueCard':
      return techniqueCardHtml(block, context)
    case 'dosageTable':
      return dosageTableHtml(block, context)
    case 'callout':
      return calloutHtml(block, context)
    case 'resourceList':
      return resourceListHtml(block, context)
    case 'contact':
      return contactHtml(block, context)
    default:
      return unknownBlockKind(block)
  }
}

/** Pixels above a block: more before a heading or a titled section, less right after a heading. */
export const spaceBefore = (block: Block, previous: Block | undefined): number => {
  if (!previous) {
    return 0
  }
  if (block.type === 'heading') {
    return block.level === 1 ? 36 : 28
  }
  if (previous.type === 'heading') {
    return 12
  }
  if ((block.type === 'resourceList' && block.title) || block.type === 'contact') {
    return 28
  }
  return block.type === 'techniqueCard' || previous.type === 'techniqueCard' ? 20 : 16
}

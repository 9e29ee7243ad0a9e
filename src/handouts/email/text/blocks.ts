import type { Block } from '../../document'
import { unknownBlockKind } from '../../unknownKind'
import { calloutText } from './callout'
import type { TextContext } from './context'
import { headingText, imageText, listText, paragraphText, quoteText } from './prose'
import { contactText, dosageTableText, resourceListText } from './resources'
import { techniqueCardText } from './techniqueCard'

export const blockText = (block: Block, context: TextContext): string[] => {
  switch (block.type) {
    case 'heading':
      return headingText(block, context)
    case 'paragraph':
      return paragraphText(block)
    case 'list':
      return listText(block)
    case 'quote':
      return quoteText(block)
    case 'image':
      return imageText(block)
    case 'techniqueCard':
      return techniqueCardText(block, context)
    case 'dosageTable':
      return dosageTableText(block)
    case 'callout':
      return calloutText(block, context)
    case 'resourceList':
      return resourceListText(block, context)
    case 'contact':
      return contactText(block)
    default:
      return unknownBlockKind(block)
  }
}

import type { Block } from '../../document'
import { dosageInWords, dosageRowsToShow } from '../../format/dosage'
import { displayUrl, linkableUrl, unlinkedAddress } from '../links'
import type { TextContext } from './context'
import { wrap } from './wrap'

type ResourceList = Extract<Block, { type: 'resourceList' }>
type DosageTable = Extract<Block, { type: 'dosageTable' }>
type Contact = Extract<Block, { type: 'contact' }>

/** "- Title (url)", then its kind and summary indented under it. */
export const resourceListText = (block: ResourceList, { language }: TextContext): string[] => {
  const heading = block.title ? [block.title.toLocaleUpperCase(language)] : []
  const entries = block.resources.flatMap((resource) => {
    const href = resource.url ? linkableUrl(resource.url) : undefined
    const address = href ? displayUrl(href) : unlinkedAddress(resource.url ?? '')
    const detail = [resource.kind, resource.summary].filter(Boolean).join(': ')
    return [
      ...wrap(address ? `${resource.title} (${address})` : resource.title, '- ', '  '),
      ...(detail ? wrap(detail, '  ') : []),
    ]
  })
  return [...heading, ...entries]
}

/** One "Label: value" row a line, under its caption. */
export const dosageTableText = (block: DosageTable): string[] => [
  ...(block.caption ? wrap(`${block.caption}:`) : []),
  ...dosageRowsToShow(block.rows).flatMap((row) => wrap(dosageInWords(row), '  ', '    ')),
]

export const contactText = (block: Contact): string[] => [
  ...(block.signature ? wrap(block.signature) : []),
  ...block.lines.flatMap((line) => wrap(line)),
]

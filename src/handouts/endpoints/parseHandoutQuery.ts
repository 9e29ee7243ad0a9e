import type { HandoutTemplate } from '../../../templates'
import { templates } from '../../../templates'

/** The parameters a handout reads; any other is not part of what it answers. */
export const HANDOUT_PARAMETERS = ['template', 'paper', 'largePrint', 'download'] as const

export type HandoutQuery = {
  template: HandoutTemplate['name']
  paper: 'A4' | 'LETTER'
  largePrint?: boolean
  download: boolean
}

/** How a handout's yes/no parameter reads (`1`, `true` or `yes`). */
export const yes = (value: unknown) => value === '1' || value === 'true' || value === 'yes'

/** `?template=…&paper=a4|letter&largePrint=1&download=1`, checked: a message for each mistake. */
export const parseHandoutQuery = (
  query: Record<string, unknown>,
  source: HandoutTemplate['source'],
  defaultTemplate: HandoutTemplate['name'],
): HandoutQuery | { error: string } => {
  const notOne = HANDOUT_PARAMETERS.find(
    (name) => query[name] !== undefined && typeof query[name] !== 'string',
  )
  if (notOne) {
    return { error: `${notOne} must be given once, as one value (e.g. ?${notOne}=…), not a list.` }
  }
  const template = (query.template as string | undefined) ?? defaultTemplate
  const known = Object.hasOwn(templates, template)
    ? templates[template as HandoutTemplate['name']]
    : undefined
  if (!known) {
    return {
      error: `Unknown template "${template}". Use one of: ${Object.keys(templates).join(', ')}.`,
    }
  }
  if (known.source !== source) {
    return { error: `The ${template} template is made from ${known.source}, not ${source}.` }
  }
  const paper = String(query.paper ?? 'a4').toUpperCase()
  if (paper !== 'A4' && paper !== 'LETTER') {
    return { error: 'Paper must be a4 or letter.' }
  }
  return {
    template: known.name,
    paper,
    largePrint: query.largePrint === undefined ? undefined : yes(query.largePrint),
    download: yes(query.download),
  }
}

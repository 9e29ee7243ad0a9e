import type { HandoutDocument } from '../../document'
import { bylineParts } from '../byline'
import { languageTag } from '../../brand/language'
import { blockText } from './blocks'
import type { TextContext } from './context'
import { rule, wrap } from './wrap'
import { openProgramLabels } from '../openProgramLabels'

const headerLines = (doc: HandoutDocument, language: string): string[] => {
  const { title, subtitle } = doc.meta
  const byline = bylineParts(doc, language)
  const titleLines = title ? wrap(title) : []
  const longest = Math.max(0, ...titleLines.map((line) => line.length))
  return [
    ...(doc.branding.clinicName ? [doc.branding.clinicName.toLocaleUpperCase(language), ''] : []),
    ...titleLines,
    ...(longest ? ['='.repeat(longest)] : []),
    ...(subtitle ? wrap(subtitle) : []),
    ...(byline.length ? wrap(byline.join(' · ')) : []),
  ]
}

const footerLines = (doc: HandoutDocument): string[] => {
  const { clinicName, contactLines, footer, disclaimer } = doc.branding
  const sections = [
    [...(clinicName ? [clinicName] : []), ...contactLines.flatMap((line) => wrap(line))],
    footer ? wrap(footer) : [],
    disclaimer ? wrap(disclaimer) : [],
  ].filter((section) => section.length > 0)
  if (sections.length === 0) {
    return []
  }
  return [rule('-'), ...sections.flatMap((section, i) => (i === 0 ? section : ['', ...section]))]
}

/** The plain-text part: the same content as the HTML, laid out for a fixed-width reader. */
export const renderText = (doc: HandoutDocument): string => {
  const language = languageTag(doc.meta.language)
  const context: TextContext = { language, clinicianName: doc.meta.clinicianName }
  const parts = [
    headerLines(doc, language),
    doc.meta.programLink ? openProgramLabels.text(doc.meta.programLink) : [],
    ...doc.blocks.map((block) => blockText(block, context)),
    footerLines(doc),
  ].filter((lines) => lines.length > 0)
  return `${parts.map((lines) => lines.join('\n')).join('\n\n')}\n`
}

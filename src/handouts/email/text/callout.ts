import type { Block } from '../../document'
import type { TextContext } from './context'
import { inlineText } from './inline'
import { LINE_WIDTH, wrap } from './wrap'

type Callout = Extract<Block, { type: 'callout' }>

const BAR = '| '

/**
 * A warning is boxed between "+----+" rules with its title in capitals after "!", so the
 * safety box stands out in any mail client; a tip gets the bar alone.
 */
export const calloutText = (callout: Callout, { language }: TextContext): string[] => {
  const warning = callout.tone === 'warning'
  const title = warning ? `! ${callout.title.toLocaleUpperCase(language)}` : callout.title
  const body = [
    ...wrap(title, BAR, BAR + '  '),
    ...(warning ? [BAR.trimEnd()] : []),
    ...(callout.items ?? []).flatMap((item) => wrap(item, `${BAR}- `, `${BAR}  `)),
    ...(callout.children?.length ? wrap(inlineText(callout.children), BAR, BAR) : []),
  ]
  if (!warning) {
    return body
  }
  const edge = `+${'-'.repeat(LINE_WIDTH - 2)}+`
  return [edge, ...body, edge]
}

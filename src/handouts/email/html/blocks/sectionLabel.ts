import type { Theme } from '../../theme/theme'
import { textStyle } from '../layout'
import { type Markup, markup } from '../markup'

/** The small capitalised label over a part of a card ("Steps", "How much", …). */
export const sectionLabel = (
  text: string,
  theme: Theme,
  colour = theme.colours.primaryText,
): Markup => {
  const css = textStyle(theme, {
    size: theme.type.small - 1,
    line: theme.type.smallLine,
    colour,
    weight: 'bold',
  })
  return markup`<p style="${css};text-transform:uppercase;letter-spacing:1px;padding-bottom:6px">${text}</p>`
}

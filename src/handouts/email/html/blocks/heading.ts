import type { Block } from '../../../document'
import type { HtmlContext } from '../context'
import { textStyle } from '../layout'
import { type Markup, markup, multilineText } from '../markup'

type Heading = Extract<Block, { type: 'heading' }>

/** Block headings sit under the email's one `<h1>` (the handout title), so level 1 is `<h2>`. */
export const headingHtml = (block: Heading, { theme }: HtmlContext): Markup => {
  const { colours, type } = theme
  const text = multilineText(block.text)
  switch (block.level) {
    case 1: {
      const css = textStyle(theme, {
        size: type.base + 6,
        line: type.line + 6,
        colour: colours.primaryText,
        weight: 'bold',
      })
      return markup`<h2 style="${css}">${text}</h2>`
    }
    case 2: {
      const css = textStyle(theme, { size: type.base + 3, line: type.line + 3, weight: 'bold' })
      return markup`<h3 style="${css}">${text}</h3>`
    }
    case 3: {
      const css = textStyle(theme, { weight: 'bold', colour: colours.primaryText })
      return markup`<h4 style="${css}">${text}</h4>`
    }
  }
}

import type { Block, HandoutImage } from '../../../document'
import { CONTENT_WIDTH } from '../../theme/theme'
import type { HtmlContext } from '../context'
import { layoutTable, textStyle } from '../layout'
import { type Markup, markup, multilineText } from '../markup'

type ImageBlock = Extract<Block, { type: 'image' }>

/**
 * An inline (cid:) image no wider than `maxWidth`: the width attribute for Outlook, a fluid
 * width capped by max-width for phones, and a height attribute kept in proportion.
 */
export const imageTag = (image: HandoutImage, maxWidth: number, context: HtmlContext): Markup => {
  const width = Math.round(Math.min(image.width > 0 ? image.width : maxWidth, maxWidth))
  const height =
    image.width > 0 && image.height > 0 ? Math.round((width * image.height) / image.width) : 0
  const heightAttribute = height ? markup` height="${height}"` : ''
  const cid = context.images.cidFor(image)
  return markup`<img src="cid:${cid}" width="${width}"${heightAttribute} alt="${image.alt}" style="display:block;width:100%;max-width:${width}px;height:auto;border:0;outline:none;text-decoration:none">`
}

export const imageBlockHtml = (block: ImageBlock, context: HtmlContext): Markup => {
  const { theme } = context
  const captionCss = textStyle(theme, {
    size: theme.type.small,
    line: theme.type.smallLine,
    colour: theme.colours.muted,
  })
  const caption = block.caption
    ? markup`<tr><td style="padding-top:8px"><p style="${captionCss}">${multilineText(block.caption)}</p></td></tr>`
    : ''
  return layoutTable(
    markup`<tr><td align="center">${imageTag(block.image, CONTENT_WIDTH, context)}</td></tr>${caption}`,
  )
}

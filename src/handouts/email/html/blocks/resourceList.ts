import type { Block, ResourceEntry } from '../../../document'
import { linkableUrl, unlinkedAddress } from '../../links'
import type { HtmlContext } from '../context'
import { layoutTable, textStyle } from '../layout'
import { type Markup, markup, multilineText } from '../markup'

type ResourceList = Extract<Block, { type: 'resourceList' }>

/** What a link shows: the site's name ("arthritis.ca") or the email address. */
const shortUrl = (href: string): string => {
  const url = new URL(href)
  return url.protocol === 'mailto:'
    ? decodeURIComponent(url.pathname)
    : url.host.replace(/^www\./, '')
}

/** A web or mail address as a link; one without a scheme ("www.example.org") as text. */
const addressHtml = (resource: ResourceEntry, href: string | undefined, context: HtmlContext) => {
  const { colours, type } = context.theme
  const small = { size: type.small, line: type.smallLine }
  if (href) {
    const css = textStyle(context.theme, small)
    return markup`<p style="${css};padding-top:4px"><a href="${href}" target="_blank" style="color:${colours.primaryText};text-decoration:underline">${shortUrl(href)}</a></p>`
  }
  const url = resource.url ? unlinkedAddress(resource.url) : undefined
  if (!url) {
    return ''
  }
  const css = textStyle(context.theme, { ...small, colour: colours.muted })
  return markup`<p style="${css};padding-top:4px">${url}</p>`
}

const resourceHtml = (resource: ResourceEntry, context: HtmlContext): Markup => {
  const { theme } = context
  const { colours, type } = theme
  const href = resource.url ? linkableUrl(resource.url) : undefined
  const kindCss = textStyle(theme, {
    size: type.small - 1,
    line: type.smallLine,
    colour: colours.muted,
  })
  const kind = resource.kind
    ? markup`<p style="${kindCss};text-transform:uppercase;letter-spacing:1px">${resource.kind}</p>`
    : ''
  const title = href
    ? markup`<a href="${href}" target="_blank" style="color:${colours.primaryText};text-decoration:underline">${multilineText(resource.title)}</a>`
    : multilineText(resource.title)
  const summaryCss = textStyle(theme, { colour: colours.muted })
  const summary = resource.summary
    ? markup`<p style="${summaryCss};padding-top:2px">${multilineText(resource.summary)}</p>`
    : ''
  const titleCss = textStyle(theme, { weight: 'bold' })
  return markup`${kind}<p style="${titleCss}">${title}</p>${summary}${addressHtml(resource, href, context)}`
}

/** Further reading and support: each entry's kind, title (linked), summary and address. */
export const resourceListHtml = (block: ResourceList, context: HtmlContext): Markup => {
  const { theme } = context
  const { colours, type } = theme
  const headingCss = textStyle(theme, { size: type.base + 3, line: type.line + 3, weight: 'bold' })
  const heading = block.title
    ? markup`<tr><td style="padding-bottom:4px"><h3 style="${headingCss}">${multilineText(block.title)}</h3></td></tr>`
    : ''
  const rows = block.resources.map((resource, i) => {
    const divider =
      i === block.resources.length - 1 ? '' : `;border-bottom:1px solid ${colours.rule}`
    return markup`<tr><td style="padding:12px 0${divider}">${resourceHtml(resource, context)}</td></tr>`
  })
  return layoutTable(markup`${heading}${rows}`)
}

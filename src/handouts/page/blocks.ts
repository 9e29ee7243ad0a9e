import { cardLabels } from '../cardLabels'
import type { Block, DosageRow, Inline, ListItem } from '../document'
import { displayUrl, linkableUrl } from '../email/links'
import { type Markup, markup, multilineText } from '../email/html/markup'
import { dosageRowsToShow } from '../format/dosage'
import type { SnapshotImage } from '../snapshot/image'
import { unknownBlockKind, unknownInlineKind } from '../unknownKind'

/** What a block needs besides itself: where images are served, who the clinician is. */
export type PageContext = { imageSrc: (image: SnapshotImage) => string; clinicianName?: string }

/** A block as a send's snapshot holds it: its pictures are checksums of stored files. */
export type PageBlock = Block<SnapshotImage>

const inline = (items: Inline[], insideLink = false): Markup =>
  markup`${items.map((item): Markup => {
    switch (item.type) {
      case 'text': {
        let text = multilineText(item.text)
        if (item.underline) {
          text = markup`<u>${text}</u>`
        }
        if (item.italic) {
          text = markup`<em>${text}</em>`
        }
        return item.bold ? markup`<strong>${text}</strong>` : text
      }
      case 'lineBreak':
        return markup`<br>`
      case 'link': {
        const href = insideLink ? undefined : linkableUrl(item.url)
        const children = inline(item.children, insideLink || Boolean(href))
        if (!href) {
          return children
        }
        return markup`<a href="${href}" rel="noreferrer noopener">${children.value === '' ? displayUrl(href) : children}</a>`
      }
      default:
        return unknownInlineKind(item)
    }
  })}`

const list = (ordered: boolean, items: ListItem[]): Markup => {
  const body = items.map(
    (item) =>
      markup`<li>${inline(item.children)}${item.sublist ? list(item.sublist.ordered, item.sublist.items) : ''}</li>`,
  )
  return ordered ? markup`<ol>${body}</ol>` : markup`<ul>${body}</ul>`
}

/** The picture at the email's size: the page is read on the same screens. */
const picture = (image: SnapshotImage, context: PageContext, caption?: string): Markup =>
  markup`<figure><img src="${context.imageSrc(image)}" alt="${image.alt}" width="${image.email.width}" height="${image.email.height}" loading="lazy">${caption ? markup`<figcaption>${caption}</figcaption>` : ''}</figure>`

const dosage = (rows: DosageRow[]): Markup =>
  rows.length
    ? markup`<dl class="dosage">${rows.map((row) => markup`<dt>${row.label}</dt><dd>${row.value}</dd>`)}</dl>`
    : markup``

const plainList = (items: string[] | undefined) =>
  items?.length ? markup`<ul>${items.map((item) => markup`<li>${item}</li>`)}</ul>` : markup``

const techniqueCard = (
  card: Extract<PageBlock, { type: 'techniqueCard' }>,
  context: PageContext,
): Markup => {
  const id = `technique-${card.number}`
  const rows = dosageRowsToShow(card.dosage)
  return markup`<section class="card" aria-labelledby="${id}"><h3 id="${id}"><span class="number">${card.number}</span>${card.name}</h3>${
    card.summary ? markup`<p>${card.summary}</p>` : ''
  }${card.image ? picture(card.image, context) : ''}${
    card.steps.length
      ? markup`<h4>${cardLabels.steps}</h4><ol>${card.steps.map((step) => markup`<li>${step}</li>`)}</ol>`
      : ''
  }${rows.length ? markup`<h4>${cardLabels.dosage}</h4>${dosage(rows)}` : ''}${
    card.cues?.length ? markup`<h4>${cardLabels.cues}</h4>${plainList(card.cues)}` : ''
  }${
    card.precautions?.length
      ? markup`<h4>${cardLabels.precautions}</h4>${plainList(card.precautions)}`
      : ''
  }${
    card.note
      ? markup`<div class="note"><h4>${cardLabels.noteFrom(context.clinicianName)}</h4><p>${multilineText(card.note)}</p></div>`
      : ''
  }</section>`
}

/** One handout block as semantic HTML: the document's title is the page's only h1. */
export const blockHtml = (block: PageBlock, context: PageContext): Markup => {
  switch (block.type) {
    case 'heading':
      return block.level === 3 ? markup`<h3>${block.text}</h3>` : markup`<h2>${block.text}</h2>`
    case 'paragraph':
      return markup`<p>${inline(block.children)}</p>`
    case 'list':
      return list(block.ordered, block.items)
    case 'quote':
      return markup`<blockquote><p>${inline(block.children)}</p></blockquote>`
    case 'image':
      return block.image ? picture(block.image, context, block.caption) : markup``
    case 'techniqueCard':
      return techniqueCard(block, context)
    case 'dosageTable':
      return markup`${block.caption ? markup`<h4>${block.caption}</h4>` : ''}${dosage(dosageRowsToShow(block.rows))}`
    case 'callout':
      return markup`<section class="callout ${block.tone}"><h2>${block.title}</h2>${plainList(block.items)}${
        block.children?.length ? markup`<p>${inline(block.children)}</p>` : ''
      }</section>`
    case 'resourceList':
      return markup`${block.title ? markup`<h2>${block.title}</h2>` : ''}<ul>${block.resources.map(
        (resource) => {
          const href = resource.url ? linkableUrl(resource.url) : undefined
          return markup`<li>${href ? markup`<a href="${href}" rel="noreferrer noopener">${resource.title}</a>` : resource.title}${
            resource.summary ? markup`: ${resource.summary}` : ''
          }</li>`
        },
      )}</ul>`
    case 'contact':
      return markup`<address>${block.lines.map((line) => markup`<p>${line}</p>`)}${
        block.signature ? markup`<p>${block.signature}</p>` : ''
      }</address>`
    default:
      return unknownBlockKind(block)
  }
}

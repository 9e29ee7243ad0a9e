import { directionOf, languageTag } from '../brand/language'
import type { Branding, HandoutDocument } from '../document'
import { type Markup, markup, trustedMarkup } from '../email/html/markup'
import type { SnapshotImage } from '../snapshot/image'
import { blockHtml } from './blocks'
import { pageLabels } from './labels'
import { PAGE_SCRIPT, PAGE_SCRIPT_HASH } from './script'
import { pageStyles } from './styles'

/** A page's HTML and the hashes its CSP allows: its style sheet, and its script if it has one. */
export type RenderedPage = { html: string; styleHash: string; scriptHash?: string }

type Shell = {
  language: string
  title: string
  large: boolean
  branding: Pick<Branding, 'primaryColour' | 'accentColour'>
  body: Markup
  /** The page's script (the program page's forms), allowed by its hash. */
  withScript?: boolean
}

/** The HTML document around a page's body: one hashed style sheet, and at most one hashed script. */
export const pageShell = ({
  language,
  title,
  large,
  branding,
  body,
  withScript,
}: Shell): RenderedPage => {
  const styles = pageStyles(branding)
  // The style sheet and the script are ours: placed as they are, they match their hashes.
  const css = trustedMarkup(styles.css)
  const script = withScript ? markup`<script>${trustedMarkup(PAGE_SCRIPT)}</script>` : ''
  const html = markup`<!doctype html><html lang="${language}" dir="${directionOf(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer"><title>${title}</title><style>${css}</style></head><body class="${large ? 'large' : 'normal'}"><div class="page">${body}</div>${script}</body></html>`
  return {
    html: html.value,
    styleHash: styles.hash,
    ...(withScript ? { scriptHash: PAGE_SCRIPT_HASH } : {}),
  }
}

/**
 * Where the patient's own part goes in a program page (their week and today's routines above
 * the handout, their reminders below it): the page is rendered once per delivery with these
 * marks and filled at each visit. Comments: no text of the handout (escaped) can make one.
 */
export const PAGE_SLOTS = { top: '<!--patient:top-->', end: '<!--patient:end-->' } as const

export type ProgramPage = {
  /** The handout as the send's snapshot holds it. */
  document: HandoutDocument<SnapshotImage>
  /** When the delivery was sent: "Updated on …". */
  sentAt: string
  /** The page's own path, /p/<token>: the PDF and images (`images/<sha256>`) are served under it. */
  base: string
  large: boolean
}

/** The patient's program as last sent: first name only, the tools, then the handout itself. */
export const renderProgramPage = ({ document, sentAt, base, large }: ProgramPage): RenderedPage => {
  const language = languageTag(document.meta.language)
  const labels = pageLabels(language)
  const { meta, branding } = document
  const fullName = meta.patientName?.trim() ?? ''
  const firstName = fullName.split(/\s+/)[0]
  // A default title names the patient in full ("Home program for …"): the page uses the first name.
  const title = fullName ? meta.title.split(fullName).join(firstName) : meta.title
  const imageSrc = (image: SnapshotImage) => `${base}/images/${image.email.sha256}`
  const context = { imageSrc, clinicianName: meta.clinicianName }
  const toggle = large
    ? markup`<a class="button secondary" href="${base}?size=normal">${labels.normalText}</a>`
    : markup`<a class="button secondary" href="${base}?size=large">${labels.largerText}</a>`
  const body = markup`<header class="top">${
    branding.logo ? markup`<img src="${imageSrc(branding.logo)}" alt="">` : ''
  }<p class="clinic">${branding.clinicName}</p></header><main>${
    firstName ? markup`<p>${labels.hello(firstName)}</p>` : ''
  }<h1>${title}</h1>${meta.subtitle ? markup`<p class="subtitle">${meta.subtitle}</p>` : ''}<p class="updated"><time datetime="${sentAt}">${labels.updatedOn(sentAt)}</time></p><nav class="tools" aria-label="${labels.pageTools}"><a class="button primary" href="${base}/program.pdf">${labels.downloadPdf}</a>${toggle}</nav><p class="visually-hidden" role="status" id="page-status"></p>${trustedMarkup(PAGE_SLOTS.top)}${document.blocks.map(
    (block) => blockHtml(block, context),
  )}${trustedMarkup(PAGE_SLOTS.end)}</main><footer>${[
    branding.clinicName,
    ...branding.contactLines,
    branding.footer,
    branding.disclaimer,
  ]
    .filter(Boolean)
    .map((line) => markup`<p>${line}</p>`)}</footer>`
  return pageShell({
    language,
    title: `${title} · ${branding.clinicName}`,
    large,
    branding,
    body,
    withScript: true,
  })
}

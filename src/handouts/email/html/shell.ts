import { CONTAINER_WIDTH, GUTTER, type Theme } from '../theme/theme'
import { type Markup, markup, trustedMarkup } from './markup'
import { preheaderHtml } from './preheader'

type ShellParts = {
  language: string
  direction: 'ltr' | 'rtl'
  title: string
  preheader: string
  theme: Theme
  /** `<tr>` rows of the white card. */
  cardRows: Markup
  footer: Markup
}

/** Outlook for Windows has no max-width: it gets a fixed 600px table in conditional comments. */
const OUTLOOK_OPEN = trustedMarkup(
  `<!--[if mso]><table role="presentation" width="${CONTAINER_WIDTH}" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->`,
)
const OUTLOOK_CLOSE = trustedMarkup('<!--[if mso]></td></tr></table><![endif]-->')

/** Progressive touches only: everything that matters is inline. */
const HEAD_EXTRAS = trustedMarkup(
  [
    '<!--[if mso]><noscript><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml></noscript><![endif]-->',
    '<!--[if mso]><style>table,td,p,h1,h2,h3,h4,li,a,blockquote{font-family:Arial,Helvetica,sans-serif !important}</style><![endif]-->',
    '<style>',
    'a[x-apple-data-detectors]{color:inherit !important;text-decoration:underline !important}',
    `@media screen and (max-width:${CONTAINER_WIDTH + 20}px){`,
    '.page-pad{padding:12px 0 !important}',
    `.gutter{padding-left:${GUTTER - 8}px !important;padding-right:${GUTTER - 8}px !important}`,
    '}',
    '</style>',
  ].join('\n'),
)

const container = (rows: Markup, background: string): Markup =>
  markup`${OUTLOOK_OPEN}<table role="presentation" class="container" width="${CONTAINER_WIDTH}" align="center" cellpadding="0" cellspacing="0" border="0" bgcolor="${background}" style="width:100%;max-width:${CONTAINER_WIDTH}px;margin:0 auto;border-collapse:separate;background-color:${background}">${rows}</table>${OUTLOOK_CLOSE}`

/**
 * The document around the content: a centred container table (fluid below 600px), the hidden
 * preheader, and the language and direction repeated on the outer table because some clients
 * drop the `<html>` element's attributes.
 */
export const shellHtml = (parts: ShellParts): string => {
  const { colours } = parts.theme
  const { language: lang, direction: dir } = parts
  const footer = markup`<tr><td class="gutter" style="padding:24px ${GUTTER}px 8px">${parts.footer}</td></tr>`
  return markup`<!DOCTYPE html>
<html lang="${lang}" dir="${dir}" xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${parts.title}</title>
${HEAD_EXTRAS}
</head>
<body style="margin:0;padding:0;width:100%;background-color:${colours.page};-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%">
${preheaderHtml(parts.preheader)}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${colours.page}" lang="${lang}" dir="${dir}" style="width:100%;border-collapse:collapse;background-color:${colours.page}">
<tr><td class="page-pad" align="center" valign="top" dir="${dir}" style="padding:24px 8px;word-wrap:break-word;overflow-wrap:break-word;word-break:break-word">
${container(parts.cardRows, colours.surface)}
${container(footer, colours.page)}
</td></tr>
</table>
</body>
</html>
`.value
}

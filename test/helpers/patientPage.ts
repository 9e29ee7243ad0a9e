import type { ParsedMail } from 'mailparser'

/** The "Open your program" link of a received handout email (the HTML button's href). */
export const programLinkIn = (mail: ParsedMail): string => {
  const html = typeof mail.html === 'string' ? mail.html : ''
  const match = /<a href="([^"]+)"[^>]*>Open your program<\/a>/.exec(html)
  if (!match) {
    throw new Error('the email has no "Open your program" button')
  }
  return match[1].replace(/&amp;/g, '&')
}

/** A page's visible text, roughly: tags dropped, entities of the escaper undone, spaces joined. */
export const visibleText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()

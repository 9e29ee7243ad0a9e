/**
 * A handout PDF's file name from its title: letters, digits, hyphens and underscores kept,
 * spaces made hyphens, everything else dropped (so it is safe in a Content-Disposition header);
 * `fallback` when nothing is left.
 */
export const pdfFileName = (title: string, fallback = 'handout') =>
  `${
    title
      .replace(/[^\w\- ]+/g, '')
      .trim()
      .replace(/\s+/g, '-') || fallback
  }.pdf`

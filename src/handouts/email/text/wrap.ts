export const LINE_WIDTH = 76

/**
 * Word-wrapped lines of `text`, its own line breaks kept. `first` starts the first line and
 * `rest` the others (a hanging indent). A word longer than a line, such as a URL, gets a line
 * of its own and is never split.
 */
export const wrap = (text: string, first = '', rest = ' '.repeat(first.length)): string[] => {
  const lines: string[] = []
  let prefix = first
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = ''
    for (const word of paragraph.split(/[ \t]+/)) {
      if (!word) {
        continue
      }
      if (line && prefix.length + line.length + 1 + word.length > LINE_WIDTH) {
        lines.push(prefix + line)
        prefix = rest
        line = word
      } else {
        line = line ? `${line} ${word}` : word
      }
    }
    lines.push((prefix + line).trimEnd())
    prefix = rest
  }
  return lines
}

/**
 * Items joined by `separator`, wrapped so an item moves to the next line whole rather than
 * splitting ("Time of day: Morning" stays together); only an item too long for any line splits.
 */
export const wrapItems = (
  items: string[],
  separator: string,
  first = '',
  rest = first,
): string[] => {
  const rows: string[] = []
  for (const item of items) {
    const prefix = rows.length > 1 ? rest : first
    const last = rows.length - 1
    if (
      last >= 0 &&
      prefix.length + rows[last].length + separator.length + item.length <= LINE_WIDTH
    ) {
      rows[last] += separator + item
    } else {
      rows.push(item)
    }
  }
  return rows.flatMap((row, i) => wrap(row, i === 0 ? first : rest, rest))
}

export const rule = (character: string): string => character.repeat(LINE_WIDTH)

/**
 * A structural check of a PDF file that needs no qpdf: pdfjs (like every viewer) quietly
 * rebuilds a broken cross-reference table, so reading the text proves nothing about the file's
 * offsets. This checks what a strict reader relies on: the header and end marker, that each
 * cross-reference entry points at its own object, and that each stream is as long as its
 * dictionary says.
 */

const objectHeader = (number: number, generation: number) => `${number} ${generation} obj`

/** The stream's declared length must reach exactly to its `endstream`. */
const streamProblem = (file: string, objectStart: number, label: string) => {
  const objectEnd = file.indexOf('endobj', objectStart)
  const body = file.slice(objectStart, objectEnd)
  const streamStart = /stream\r?\n/.exec(body)
  if (!streamStart || !body.slice(0, streamStart.index).trimEnd().endsWith('>>')) {
    return undefined
  }
  const length = /\/Length (\d+)(?! \d+ R)/.exec(body.slice(0, streamStart.index))
  if (!length) {
    return undefined
  }
  const dataEnd = streamStart.index + streamStart[0].length + Number(length[1])
  return /^\r?\n?endstream/.test(body.slice(dataEnd))
    ? undefined
    : `${label}: the stream is not ${length[1]} bytes long`
}

/** What is wrong with the file's structure; empty when it is sound. */
export const fileStructureProblems = (pdf: Uint8Array): string[] => {
  const file = Buffer.from(pdf).toString('latin1')
  const problems: string[] = []
  if (!/^%PDF-\d\.\d/.test(file)) {
    problems.push('no %PDF- header')
  }
  if (!/%%EOF\s*$/.test(file)) {
    problems.push('no %%EOF at the end')
  }
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(file)
  if (!startxref) {
    return [...problems, 'no startxref before the end']
  }
  const table = Number(startxref[1])
  if (!file.startsWith('xref', table)) {
    return [...problems, `startxref ${table} does not point at the cross-reference table`]
  }
  const trailer = file.indexOf('trailer', table)
  const lines = file
    .slice(table + 'xref'.length, trailer)
    .trim()
    .split(/\r?\n/)
  let number = 0
  let entries = 0
  for (const line of lines) {
    const subsection = /^(\d+) (\d+)$/.exec(line.trim())
    if (subsection) {
      number = Number(subsection[1])
      continue
    }
    const [offset, generation, kind] = line.trim().split(' ')
    const label = `object ${number}`
    if (
      kind === 'n' &&
      !file.startsWith(objectHeader(number, Number(generation)), Number(offset))
    ) {
      problems.push(`${label}: the cross-reference offset ${Number(offset)} is wrong`)
    } else if (kind === 'n') {
      const problem = streamProblem(file, Number(offset), label)
      if (problem) {
        problems.push(problem)
      }
    }
    number++
    entries++
  }
  const size = /\/Size (\d+)/.exec(file.slice(trailer))
  if (Number(size?.[1]) !== entries) {
    problems.push(`the trailer's /Size ${size?.[1]} is not the ${entries} entries of the table`)
  }
  return problems
}

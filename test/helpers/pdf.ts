import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Runs a poppler/qpdf tool on the PDF bytes and returns what it printed. */
const withPdfFile = async (pdf: Uint8Array, task: (file: string) => Promise<string>) => {
  const directory = await mkdtemp(path.join(tmpdir(), 'handout-'))
  const file = path.join(directory, 'handout.pdf')
  await writeFile(file, pdf)
  try {
    return await task(file)
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

/** Runs a poppler or qpdf command on the PDF (pdftotext writes to stdout) and returns what it printed. */
export const pdfTool = (pdf: Uint8Array, command: string, args: string[] = []) =>
  withPdfFile(pdf, async (file) => {
    const toStdout = command === 'pdftotext' ? ['-'] : []
    return (await run(command, [...args, file, ...toStdout], { maxBuffer: 2 ** 26 })).stdout
  })

/** The text a reader (or screen reader) gets out of the PDF, with whitespace collapsed. */
export const pdfText = (pdf: Uint8Array) =>
  withPdfFile(pdf, async (file) => (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout).then(
    (text) => text.replace(/\s+/g, ' '),
  )

export const pdfInfo = (pdf: Uint8Array) =>
  pdfTool(pdf, 'pdfinfo').then((output) => {
    const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(output)?.[1]?.trim()
    return {
      pages: Number(field('Pages')),
      pageSize: field('Page size'),
      title: field('Title'),
      author: field('Author'),
      subject: field('Subject'),
      tagged: field('Tagged'),
    }
  })

/** Median word height in points: a stand-in for the body text size. */
export const medianWordHeight = (pdf: Uint8Array) =>
  withPdfFile(pdf, async (file) => (await run('pdftotext', ['-bbox', file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout).then(
    (xml) => {
      const heights = [...xml.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
        .map((match) => Number(match[2]) - Number(match[1]))
        .sort((a, b) => a - b)
      return heights[Math.floor(heights.length / 2)] ?? 0
    },
  )

/** qpdf's structural check: resolves when the file is sound, rejects with its complaint. */
export const qpdfCheck = (pdf: Uint8Array) =>
  withPdfFile(pdf, async (file) => (await run('qpdf', ['--check', file])).stdout)

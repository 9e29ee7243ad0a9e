/**
 * The few PDF checks that need poppler or qpdf (Debian's poppler-utils and qpdf packages).
 * On a machine without them those tests are skipped with the reason printed; `.ci/run` installs
 * them and sets REQUIRE_PDF_TOOLS=1, which turns a missing tool into a failing test.
 */
import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { it } from '@jest/globals'

const run = promisify(execFile)

export type PdfTool = 'qpdf' | 'pdftotext'

const packageOf: Record<PdfTool, string> = { qpdf: 'qpdf', pdftotext: 'poppler-utils' }

const onPath = (command: string) =>
  (process.env.PATH ?? '').split(path.delimiter).some((directory) => {
    try {
      accessSync(path.join(directory, command), constants.X_OK)
      return true
    } catch {
      return false
    }
  })

type PdfToolTest = (name: string, test: () => Promise<unknown>, timeout?: number) => void

/**
 * `it` for a test that runs `tool`. Without the tool the test is skipped, saying so, or fails
 * when REQUIRE_PDF_TOOLS=1 (as in CI, which installs the tools).
 */
export const itWithPdfTool = (tool: PdfTool): PdfToolTest => {
  if (onPath(tool)) {
    return it
  }
  const missing = `${tool} is not installed (Debian's ${packageOf[tool]})`
  if (process.env.REQUIRE_PDF_TOOLS === '1') {
    return (name) =>
      it(name, () => {
        throw new Error(`${missing}, and REQUIRE_PDF_TOOLS=1 requires it.`)
      })
  }
  return (name) => {
    console.warn(`Skipping "${name}": ${missing}; .ci/run installs it and requires it.`)
    it.skip(name, () => undefined)
  }
}

/** Runs a poppler or qpdf command on the PDF and returns what it printed. */
const runOnPdf = async (pdf: Uint8Array, command: PdfTool, args: string[]) => {
  const directory = await mkdtemp(path.join(tmpdir(), 'handout-'))
  const file = path.join(directory, 'handout.pdf')
  await writeFile(file, pdf)
  try {
    const output = command === 'pdftotext' ? [file, '-'] : [file]
    return (await run(command, [...args, ...output], { maxBuffer: 2 ** 26 })).stdout
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

/** qpdf's structural check: resolves with its report when the file is sound, rejects otherwise. */
export const qpdfCheck = (pdf: Uint8Array) => runOnPdf(pdf, 'qpdf', ['--check'])

/** poppler's reading of the text, whitespace collapsed. */
export const popplerText = async (pdf: Uint8Array) =>
  (await runOnPdf(pdf, 'pdftotext', ['-enc', 'UTF-8'])).replace(/\s+/g, ' ')

import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Page objects in an uncompressed object table: `/Type /Page`, not `/Type /Pages`. */
const countPageObjects = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0

/** The page count from pdfinfo, or from counting page objects when poppler is missing. */
export const pageCount = async (pdf: Buffer): Promise<number> => {
  const directory = await mkdtemp(path.join(tmpdir(), 'bench-pages-'))
  const file = path.join(directory, 'doc.pdf')
  try {
    await writeFile(file, pdf)
    const { stdout } = await run('pdfinfo', [file])
    const pages = /^Pages:\s+(\d+)/m.exec(stdout)?.[1]
    return pages ? Number(pages) : countPageObjects(pdf)
  } catch {
    return countPageObjects(pdf)
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

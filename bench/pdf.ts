/**
 * PDF benchmark: renders one realistic home-program handout with the pdfkit renderer (with its
 * fast path, and with pdfkit's public API alone), and the same content as HTML through headless
 * Chromium's print-to-PDF, then compares them against the targets. A benchmark, not a test:
 * it exits 0 whether or not the targets are met.
 *
 *   npm run bench:pdf [-- --runs 50 --warmup 5 --chromium-runs 20 --chromium-warmup 3 --out DIR]
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { renderPdf } from '../src/handouts/pdf/renderPdf'
import { chromiumPrinter, handoutHtml } from './pdf/chromium'
import { describeFixture, homeProgram } from './pdf/fixture'
import { measure } from './pdf/measure'
import { childrenRss } from './pdf/memory'
import { table, verdictLines, verdicts } from './pdf/report'

const { values } = parseArgs({
  options: {
    warmup: { type: 'string', default: '5' },
    runs: { type: 'string', default: '50' },
    'chromium-warmup': { type: 'string', default: '3' },
    'chromium-runs': { type: 'string', default: '20' },
    out: { type: 'string', default: path.join(tmpdir(), 'clinic-pdf-bench') },
  },
})
const count = (name: 'warmup' | 'runs' | 'chromium-warmup' | 'chromium-runs') =>
  Math.max(1, Math.trunc(Number(values[name])) || 1)

const CREATED = new Date('2025-03-03T09:00:00Z')

const load = () =>
  `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} on ${cpus().length} cores`

const main = async () => {
  const doc = await homeProgram()
  console.log(`Fixture: ${describeFixture(doc)}`)
  console.log(`Before: ${load()}\n`)

  const runs = { warmup: count('warmup'), runs: count('runs') }
  const pdfkit = await measure(
    'pdfkit, fast path',
    () => renderPdf(doc, { creationDate: CREATED }),
    runs,
  )
  const plain = await measure(
    'plain pdfkit',
    () => renderPdf(doc, { creationDate: CREATED, fastPath: false }),
    runs,
  )

  const printer = await chromiumPrinter(handoutHtml(doc))
  const chromium = await measure('Chromium print', printer.render, {
    warmup: count('chromium-warmup'),
    runs: count('chromium-runs'),
    outside: { rss: childrenRss, everyMs: 50 },
  }).finally(printer.close)

  const out = values.out as string
  await mkdir(out, { recursive: true })
  await writeFile(path.join(out, 'pdfkit.pdf'), pdfkit.pdf)
  await writeFile(path.join(out, 'pdfkit-plain.pdf'), plain.pdf)
  await writeFile(path.join(out, 'chromium.pdf'), chromium.pdf)

  console.log(table([pdfkit, plain, chromium]))
  console.log(
    [
      '(first render: pdfkit parses fonts and prepares images once per process, so plain',
      ' pdfkit, measured second, starts with them; Chromium is already launched. Plain pdfkit:',
      ' renderPdf with { fastPath: false }, pdfkit public API only. Peak RSS: this process,',
      ' which also holds sharp from building the fixture; for Chromium plus the browser',
      ' processes.)',
    ].join('\n'),
  )
  console.log(`After: ${load()}`)
  const ratio = chromium.medianMs / pdfkit.medianMs
  console.log(`\nChromium median / fast path median: ${ratio.toFixed(1)}×`)
  const plainRatio = plain.medianMs / pdfkit.medianMs
  console.log(`Plain pdfkit median / fast path median: ${plainRatio.toFixed(1)}×`)
  console.log('\nTargets (pdfkit, fast path):')
  for (const line of verdictLines(verdicts(pdfkit, chromium))) {
    console.log(line)
  }
  console.log(`\nLast PDFs written to ${out}`)
}

await main()

import type { Result } from './measure'

export const TARGETS = { speedup: 20, medianMs: 25, bytes: 500 * 1024 }

const ms = (value: number) => `${value.toFixed(1)} ms`
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

const row = (cells: string[], widths: number[]) =>
  cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')

/** Side-by-side figures for each renderer. */
export const table = (results: Result[]): string => {
  const header = ['', ...results.map((result) => result.name)]
  const lines = [
    ['measured runs', ...results.map((result) => String(result.runs))],
    ['first render (cold)', ...results.map((result) => ms(result.firstMs))],
    ['median', ...results.map((result) => ms(result.medianMs))],
    ['p95', ...results.map((result) => ms(result.p95Ms))],
    ['pages', ...results.map((result) => String(result.pages))],
    ['size', ...results.map((result) => kb(result.bytes))],
    ['peak RSS', ...results.map((result) => mb(result.peakRss))],
    ['RSS growth while measuring', ...results.map((r) => mb(r.peakRss - r.startRss))],
    [
      'same bytes every run',
      ...results.map((result) => (result.distinctOutputs === 1 ? 'yes' : 'no')),
    ],
  ]
  const widths = header.map((_, i) =>
    Math.max(header[i].length, ...lines.map((line) => line[i].length)),
  )
  return [row(header, widths), ...lines.map((line) => row(line, widths))].join('\n')
}

export type Verdict = { label: string; met: boolean; detail: string }

/** The pdfkit renderer's targets, judged against the Chromium baseline. */
export const verdicts = (pdfkit: Result, chromium: Result): Verdict[] => {
  const speedup = chromium.medianMs / pdfkit.medianMs
  return [
    {
      label: `≥ ${TARGETS.speedup}× faster than Chromium`,
      met: speedup >= TARGETS.speedup,
      detail: `${speedup.toFixed(1)}×`,
    },
    {
      label: `≤ ${TARGETS.medianMs} ms median per handout`,
      met: pdfkit.medianMs <= TARGETS.medianMs,
      detail: ms(pdfkit.medianMs),
    },
    {
      label: `≤ ${kb(TARGETS.bytes)} per handout`,
      met: pdfkit.bytes <= TARGETS.bytes,
      detail: kb(pdfkit.bytes),
    },
  ]
}

export const verdictLines = (list: Verdict[]): string[] => [
  ...list.map(({ label, met, detail }) => `  ${met ? 'MET   ' : 'MISSED'}  ${label}: ${detail}`),
  list.every(({ met }) => met)
    ? 'All targets met.'
    : `Targets missed: ${list
        .filter(({ met }) => !met)
        .map(({ label }) => label)
        .join('; ')}`,
]

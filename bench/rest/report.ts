import type { LoadFigures } from '../page/load'

export type Measured = LoadFigures & { kb: number; target?: { share: number; of: LoadFigures } }

const header = `${'request'.padEnd(46)} ${'conns'.padStart(5)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'KB'.padStart(6)} ${'floor'.padStart(7)} ${'target'.padStart(7)}  met`

const share = (figures: Measured) =>
  figures.target ? figures.perSecond / figures.target.of.perSecond : undefined

/** One line per measured request: its figures, its share of the floor, and its target. */
export const reportLines = (rows: Array<Measured & { connections: number }>) => [
  header,
  ...rows.map((row) => {
    const ratio = share(row)
    return [
      row.name.padEnd(46),
      String(row.connections).padStart(5),
      row.perSecond.toFixed(0).padStart(8),
      row.p50.toFixed(0).padStart(8),
      row.p95.toFixed(0).padStart(8),
      row.kb.toFixed(0).padStart(6),
      (ratio === undefined ? '' : `${(ratio * 100).toFixed(1)}%`).padStart(7),
      (row.target ? `${(row.target.share * 100).toFixed(0)}%` : '').padStart(7),
      row.target ? ` ${(ratio ?? 0) >= row.target.share ? 'yes' : 'NO'}` : '',
      row.unexpected ? `  (${row.unexpected} unexpected answers)` : '',
    ].join(' ')
  }),
]

export const targetsMet = (rows: Measured[]) =>
  rows.filter((row) => row.target).every((row) => (share(row) ?? 0) >= (row.target?.share ?? 0))

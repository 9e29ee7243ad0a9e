import type { DosageRow } from '../document'

/** The rows worth showing: label and value trimmed, rows with neither left out. */
export const dosageRowsToShow = (rows: unknown): DosageRow[] =>
  (Array.isArray(rows) ? rows : [])
    .filter(
      (row): row is DosageRow =>
        !!row && typeof row.label === 'string' && typeof row.value === 'string',
    )
    .map((row) => ({ label: row.label.trim(), value: row.value.trim() }))
    .filter((row) => row.label || row.value)

/** One row in words, where it is written on a line: "Time: 5 min". */
export const dosageInWords = (row: DosageRow): string => `${row.label}: ${row.value}`

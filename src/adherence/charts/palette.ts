/** The colours a chart is drawn in: CSS values, so the admin can pass its theme's variables. */
export type ChartPalette = {
  text: string
  muted: string
  grid: string
  done: string
  doneEdge: string
  partial: string
  partialEdge: string
  missed: string
  missedEdge: string
  rest: string
  line: string
  alert: string
}

/**
 * Payload's admin theme: its variables invert in the dark theme (a `-150` tint is light in the
 * light theme and dark in the dark one), so the charts follow the theme the admin shows.
 */
export const adminThemePalette: ChartPalette = {
  text: 'currentColor',
  muted: 'var(--theme-elevation-600, #555)',
  grid: 'var(--theme-elevation-150, #ddd)',
  done: 'var(--theme-success-150, #d7f0dc)',
  doneEdge: 'var(--theme-success-500, #2e7d32)',
  partial: 'var(--theme-warning-150, #fbecc8)',
  partialEdge: 'var(--theme-warning-600, #a86b00)',
  missed: 'var(--theme-error-100, #fbe0de)',
  missedEdge: 'var(--theme-error-500, #c62828)',
  rest: 'var(--theme-elevation-50, #f4f4f4)',
  line: 'var(--theme-elevation-800, #333)',
  alert: 'var(--theme-error-500, #c62828)',
}

/** Plain colours for a page without CSS (a PDF). */
export const printPalette: ChartPalette = {
  text: '#1a1a1a',
  muted: '#555555',
  grid: '#d9d9d9',
  done: '#d7f0dc',
  doneEdge: '#2e7d32',
  partial: '#fbecc8',
  partialEdge: '#a86b00',
  missed: '#fbe0de',
  missedEdge: '#c62828',
  rest: '#f4f4f4',
  line: '#333333',
  alert: '#c62828',
}

/** A `style` attribute's value for fill and stroke (CSS variables work there in every browser). */
export const paint = (fill: string, stroke?: string, extra = '') =>
  `fill:${fill}${stroke ? `;stroke:${stroke}` : ''}${extra ? `;${extra}` : ''}`

import { cardLabels } from '../cardLabels'

/** The words the PDF adds around the clinic's content. */
export const labels = {
  preparedFor: 'Prepared for',
  date: 'Date',
  clinician: 'Clinician',
  ...cardLabels,
  continued: (title: string) => `${title} (continued)`,
  page: (page: number, count: number) => `Page ${page} of ${count}`,
  warning: 'Important',
  tip: 'Tip',
  technique: 'Technique',
}

export type Labels = typeof labels

/** The words the PDF adds around the clinic's content (matching the email's wording). */
export const labels = {
  preparedFor: 'Prepared for',
  date: 'Date',
  clinician: 'Clinician',
  steps: 'Steps',
  dosage: 'How much',
  cues: 'What to feel for',
  precautions: 'Take care',
  noteFrom: (clinician: string | undefined) =>
    clinician ? `Note from ${clinician}` : 'Note from your clinician',
  picture: 'Picture',
  continued: (title: string) => `${title} (continued)`,
  page: (page: number, count: number) => `Page ${page} of ${count}`,
  warning: 'Important',
  tip: 'Tip',
  technique: 'Technique',
}

export type Labels = typeof labels

/** The words the email adds around the clinic's content. */
export const labels = {
  preparedFor: (name: string) => `Prepared for ${name}`,
  by: (name: string) => `by ${name}`,
  techniqueCount: (count: number) =>
    count === 1 ? '1 technique with steps and timing' : `${count} techniques with steps and timing`,
  steps: 'Steps',
  dosage: 'How much',
  cues: 'What to feel for',
  precautions: 'Take care',
  noteFrom: (clinician: string | undefined) =>
    clinician ? `Note from ${clinician}` : 'Note from your clinician',
  picture: 'Picture',
  defaultSubject: 'Your home program',
}

/** The words a technique card puts around its content, the same in the PDF and the email. */
export const cardLabels = {
  steps: 'Steps',
  dosage: 'How much',
  cues: 'What to feel for',
  precautions: 'Take care',
  noteFrom: (clinician: string | undefined) =>
    clinician ? `Note from ${clinician}` : 'Note from your clinician',
  picture: 'Picture',
}

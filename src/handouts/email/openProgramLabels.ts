/** The words around the patient's program link, in the email's HTML and text alike. */
export const openProgramLabels = {
  button: 'Open your program',
  note: 'Your program on your phone, always the latest version your clinician sent. Keep this link to yourself.',
  text: (url: string) => ['Open your program on your phone (always the latest version):', url],
}

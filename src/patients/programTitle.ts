/** The title of a program the clinician left untitled, for this patient. */
export const defaultProgramTitle = (patientName: string): string =>
  `Home program for ${patientName.trim()}`

/**
 * The title the patient sees (PDF title and metadata, email subject, page): the clinician's own
 * title, else one made now from the program's current patient, so a program moved to another
 * patient never carries the former patient's name.
 */
export const patientFacingTitle = (
  customTitle: string | null | undefined,
  patientName: string,
): string => customTitle?.trim() || defaultProgramTitle(patientName)

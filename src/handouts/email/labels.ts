import { cardLabels } from '../cardLabels'

/** The words the email adds around the clinic's content. */
export const labels = {
  preparedFor: (name: string) => `Prepared for ${name}`,
  by: (name: string) => `by ${name}`,
  techniqueCount: (count: number) =>
    count === 1 ? '1 technique with steps and timing' : `${count} techniques with steps and timing`,
  ...cardLabels,
  defaultSubject: 'Your home program',
}

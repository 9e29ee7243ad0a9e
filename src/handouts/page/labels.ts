import { formatHandoutDate } from '../format/dates'

/** The words the patient page puts around the handout, in the patient's language. */
export type PageLabels = {
  hello: (firstName: string) => string
  updatedOn: (isoDate: string) => string
  pageTools: string
  downloadPdf: string
  largerText: string
  normalText: string
  notFoundTitle: string
  notFoundBody: string
  callClinic: (phone: string) => string
  tooManyTitle: string
  tooManyBody: string
}

const english = (language: string): PageLabels => ({
  hello: (name) => `Hello, ${name}`,
  updatedOn: (date) => `Updated on ${formatHandoutDate(date, language)}`,
  pageTools: 'Page tools',
  downloadPdf: 'Download PDF',
  largerText: 'Larger text',
  normalText: 'Normal text',
  notFoundTitle: 'This link does not open a program',
  notFoundBody:
    'It may have expired or been replaced by a newer one. Ask your clinic for a new link.',
  callClinic: (phone) => `Call your clinic: ${phone}`,
  tooManyTitle: 'Please wait a minute',
  tooManyBody: 'There were too many tries from your connection. Try again in a minute.',
})

const spanish = (language: string): PageLabels => ({
  hello: (name) => `Hola, ${name}`,
  updatedOn: (date) => `Actualizado el ${formatHandoutDate(date, language)}`,
  pageTools: 'Herramientas de la página',
  downloadPdf: 'Descargar PDF',
  largerText: 'Letra más grande',
  normalText: 'Letra normal',
  notFoundTitle: 'Este enlace no abre ningún programa',
  notFoundBody:
    'Puede que haya caducado o que lo haya reemplazado uno nuevo. Pida a su clínica un enlace nuevo.',
  callClinic: (phone) => `Llame a su clínica: ${phone}`,
  tooManyTitle: 'Espere un minuto, por favor',
  tooManyBody: 'Hubo demasiados intentos desde su conexión. Vuelva a intentarlo en un minuto.',
})

/** Labels for a BCP 47 tag: Spanish for es-*, English otherwise. */
export const pageLabels = (language: string): PageLabels =>
  language.toLowerCase().startsWith('es') ? spanish(language) : english(language)

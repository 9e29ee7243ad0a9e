/** The reminder email's words, in the patient's language (English for those not yet written). */
export type ReminderLabels = {
  subject: (clinic: string) => string
  greeting: (firstName: string) => string
  intro: string
  planned: string
  noneNamed: string
  button: string
  why: string
  unsubscribe: string
  unsubscribeText: (url: string) => string
}

const en: ReminderLabels = {
  subject: (clinic) => `Your home program today · ${clinic}`,
  greeting: (firstName) => (firstName ? `Hi ${firstName},` : 'Hello,'),
  intro: "A friendly reminder: today is one of your practice days. Here's what's planned.",
  planned: "Today's routines",
  noneNamed: 'Your home program',
  button: 'Open your program',
  why: 'You get this because you turned on reminders on your program page. You can change the time or days there.',
  unsubscribe: 'Stop these reminders',
  unsubscribeText: (url) => `Stop these reminders: ${url}`,
}

const es: ReminderLabels = {
  subject: (clinic) => `Tu programa en casa de hoy · ${clinic}`,
  greeting: (firstName) => (firstName ? `Hola, ${firstName}:` : 'Hola:'),
  intro: 'Un recordatorio amistoso: hoy es uno de tus días de práctica. Esto es lo previsto.',
  planned: 'Rutinas de hoy',
  noneNamed: 'Tu programa en casa',
  button: 'Abrir tu programa',
  why: 'Recibes esto porque activaste los recordatorios en la página de tu programa. Allí puedes cambiar la hora o los días.',
  unsubscribe: 'Dejar de recibir estos recordatorios',
  unsubscribeText: (url) => `Dejar de recibir estos recordatorios: ${url}`,
}

export const reminderLabels = (language: string | null | undefined): ReminderLabels =>
  language === 'es' ? es : en

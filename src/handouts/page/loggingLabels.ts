import { formatHandoutDate } from '../format/dates'

/** The words of the patient's own part of the page: logging, their week, reminders. */
export type LoggingLabels = {
  today: (day: string) => string
  todayIntro: string
  doneToday: string
  doneTodayWithPain: (pain: number) => string
  notYet: string
  lastNote: (day: string) => string
  painLegend: string
  painNone: string
  note: string
  noteHint: string
  done: string
  saveChanges: string
  undo: string
  saved: (routine: string) => string
  undone: (routine: string) => string
  week: string
  weekSummary: (done: number, planned: number) => string
  dayDetail: (weekday: string, done: number, planned: number) => string
  legendDone: string
  legendPlanned: string
  reminders: string
  remindersNow: (time: string, quietDays: string[]) => string
  remindersOff: string
  remindersNeedConsent: string
  emailReminders: string
  on: string
  off: string
  timeOfDay: string
  quietDays: string
  quietHint: string
  saveReminders: string
  remindersSaved: string
  notSavedTitle: string
  backToProgram: string
}

/** Formatters by language and width: creating one costs far more than formatting with it. */
const weekdayFormatters = new Map<string, Intl.DateTimeFormat>()
const listFormatters = new Map<string, Intl.ListFormat>()

const weekdayFormatter = (language: string, width: 'long' | 'short') => {
  const key = `${language}|${width}`
  let formatter = weekdayFormatters.get(key)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' })
    } catch {
      formatter = new Intl.DateTimeFormat('en', { weekday: width, timeZone: 'UTC' })
    }
    // Languages come from the patients' records: a handful, but never an unbounded map.
    if (weekdayFormatters.size >= 64) {
      weekdayFormatters.clear()
    }
    weekdayFormatters.set(key, formatter)
  }
  return formatter
}

/** A local day's weekday in the page's language: "Monday", or "Mon" for the chart. */
export const weekdayOf = (day: string, language: string, width: 'long' | 'short' = 'long') => {
  const [year, month, date] = day.split('-').map(Number)
  return weekdayFormatter(language, width).format(new Date(Date.UTC(year, month - 1, date)))
}

const list = (items: string[], language: string) => {
  const tag = language.startsWith('es') ? 'es' : 'en'
  let formatter = listFormatters.get(tag)
  if (!formatter) {
    formatter = new Intl.ListFormat(tag, { type: 'conjunction' })
    listFormatters.set(tag, formatter)
  }
  return formatter.format(items)
}

const english = (language: string): LoggingLabels => ({
  today: (day) => `Today, ${weekdayOf(day, language)} ${formatHandoutDate(day, language)}`,
  todayIntro: 'Tap "Done" after each routine. A pain score and a note are optional.',
  doneToday: 'Done today',
  doneTodayWithPain: (pain) => `Done today, pain ${pain} of 10`,
  notYet: 'Not done yet today',
  lastNote: (day) => `Your note from ${formatHandoutDate(day, language)}:`,
  painLegend: 'Pain right now (optional): 0 is none, 10 the worst',
  painNone: 'No score',
  note: 'Note for your clinician (optional)',
  noteHint: 'Up to 500 characters.',
  done: 'Done',
  saveChanges: 'Save changes',
  undo: 'Undo',
  saved: (routine) => `Saved: ${routine}, done today.`,
  undone: (routine) => `Undone: ${routine} is no longer marked done today.`,
  week: 'Your week',
  weekSummary: (done, planned) =>
    planned === 0
      ? done === 0
        ? 'No sessions planned this week.'
        : `${done} ${done === 1 ? 'session' : 'sessions'} this week (none planned).`
      : done > planned
        ? `${done} sessions this week (${planned} planned).`
        : `${done} of ${planned} ${planned === 1 ? 'session' : 'sessions'} this week`,
  dayDetail: (weekday, done, planned) => `${weekday}: ${done} done, ${planned} planned`,
  legendDone: 'done',
  legendPlanned: 'planned, not done',
  reminders: 'Reminders',
  remindersNow: (time, quietDays) =>
    quietDays.length
      ? `Email reminders are on, at ${time}, except on ${list(quietDays, language)}.`
      : `Email reminders are on, at ${time}.`,
  remindersOff: 'Email reminders are off.',
  remindersNeedConsent:
    'Email reminders need your consent to be emailed, which your clinic records. Ask your clinic if you would like them.',
  emailReminders: 'Email reminders',
  on: 'On',
  off: 'Off',
  timeOfDay: 'Time of day',
  quietDays: 'Quiet days (no reminder)',
  quietHint: 'Reminders come only on days your routines are planned.',
  saveReminders: 'Save reminders',
  remindersSaved: 'Your reminder choice is saved.',
  notSavedTitle: 'Not saved',
  backToProgram: 'Back to your program',
})

const spanish = (language: string): LoggingLabels => ({
  today: (day) => `Hoy, ${weekdayOf(day, language)} ${formatHandoutDate(day, language)}`,
  todayIntro:
    'Pulse «Hecho» después de cada rutina. La puntuación del dolor y la nota son opcionales.',
  doneToday: 'Hecho hoy',
  doneTodayWithPain: (pain) => `Hecho hoy, dolor ${pain} de 10`,
  notYet: 'Aún no hecho hoy',
  lastNote: (day) => `Su nota del ${formatHandoutDate(day, language)}:`,
  painLegend: 'Dolor ahora (opcional): 0 es nada, 10 el peor',
  painNone: 'Sin puntuación',
  note: 'Nota para su terapeuta (opcional)',
  noteHint: 'Hasta 500 caracteres.',
  done: 'Hecho',
  saveChanges: 'Guardar cambios',
  undo: 'Deshacer',
  saved: (routine) => `Guardado: ${routine}, hecho hoy.`,
  undone: (routine) => `Deshecho: ${routine} ya no figura como hecho hoy.`,
  week: 'Su semana',
  weekSummary: (done, planned) =>
    planned === 0
      ? done === 0
        ? 'No hay sesiones previstas esta semana.'
        : `${done} ${done === 1 ? 'sesión' : 'sesiones'} esta semana (ninguna prevista).`
      : done > planned
        ? `${done} sesiones esta semana (${planned} previstas).`
        : `${done} de ${planned} ${planned === 1 ? 'sesión' : 'sesiones'} esta semana`,
  dayDetail: (weekday, done, planned) => `${weekday}: ${done} hechas, ${planned} previstas`,
  legendDone: 'hecha',
  legendPlanned: 'prevista, sin hacer',
  reminders: 'Recordatorios',
  remindersNow: (time, quietDays) =>
    quietDays.length
      ? `Los recordatorios por correo están activados, a las ${time}, salvo ${list(quietDays, language)}.`
      : `Los recordatorios por correo están activados, a las ${time}.`,
  remindersOff: 'Los recordatorios por correo están desactivados.',
  remindersNeedConsent:
    'Los recordatorios por correo necesitan su consentimiento para recibir correos, que registra su clínica. Pídalo a su clínica si los desea.',
  emailReminders: 'Recordatorios por correo',
  on: 'Activados',
  off: 'Desactivados',
  timeOfDay: 'Hora del día',
  quietDays: 'Días sin recordatorio',
  quietHint: 'Los recordatorios llegan solo los días con rutinas previstas.',
  saveReminders: 'Guardar recordatorios',
  remindersSaved: 'Su elección de recordatorios está guardada.',
  notSavedTitle: 'No se guardó',
  backToProgram: 'Volver a su programa',
})

/** Labels for a BCP 47 tag: Spanish for es-*, English otherwise (as the page's own labels). */
export const loggingLabels = (language: string): LoggingLabels =>
  language.toLowerCase().startsWith('es') ? spanish(language) : english(language)

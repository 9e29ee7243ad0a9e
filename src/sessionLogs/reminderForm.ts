import { isTimeOfDay } from '../../collections/ReminderPreferences'
import { weekdays } from '../../collections/vocabularies'
import type { Weekday } from '../adherence/plannedSessions'
import { single } from './formBody'
import { FormRefused } from './refusal'

/** What the patient chose for their reminders. */
export type ReminderChoice = { email: boolean; time: string; quietDays: Weekday[] }

/** The reminders form: email on or off, a time of day (HH:MM) and quiet days. */
export const readReminderForm = (fields: URLSearchParams): ReminderChoice => {
  const email = single(fields, 'email')
  if (email !== 'on' && email !== 'off') {
    throw new FormRefused(400, 'Choose whether to get email reminders: "on" or "off".')
  }
  const time = single(fields, 'time')?.trim() ?? ''
  if (!isTimeOfDay(time)) {
    throw new FormRefused(422, 'Give the time of day as HH:MM, for example 18:30.')
  }
  const days = fields.getAll('quietDays')
  const unknown = days.filter((day) => !(weekdays as readonly string[]).includes(day))
  if (unknown.length > 0) {
    throw new FormRefused(422, 'Quiet days are days of the week (mon to sun).')
  }
  // In the week's order, each once.
  const quietDays = weekdays.filter((day) => days.includes(day))
  return { email: email === 'on', time, quietDays }
}

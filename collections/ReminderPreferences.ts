import type { CollectionConfig } from 'payload'

import { linksOfReadablePrograms } from './access/linksOfReadablePrograms'
import { recordRecordAccess } from './hooks/audit/auditRecordAccess'
import { optionsFor, weekdays } from './vocabularies'

const nobody = () => false

/** `HH:MM`, 24-hour. */
export const isTimeOfDay = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value)

/**
 * The reminders a patient chose on their program's page: email on or off, the time of day (in
 * the patient's time zone) and their quiet days. One per program and patient, written only by
 * the server for the patient's link, so a staff member saving the program never overwrites the
 * patient's choice; staff who may read the program can read it.
 */
export const ReminderPreferences: CollectionConfig = {
  slug: 'reminder-preferences',
  labels: { singular: 'Reminder preference', plural: 'Reminder preferences' },
  admin: { hidden: true, useAsTitle: 'time' },
  lockDocuments: false,
  indexes: [{ fields: ['program', 'patient'], unique: true }],
  hooks: { afterOperation: [recordRecordAccess] },
  access: {
    read: linksOfReadablePrograms,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    { name: 'program', type: 'relationship', relationTo: 'programs', required: true, index: true },
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true },
    { name: 'email', label: 'Email reminders', type: 'checkbox', defaultValue: false },
    {
      name: 'time',
      label: 'Time of day',
      type: 'text',
      required: true,
      defaultValue: '18:00',
      validate: (value: string | null | undefined) =>
        (typeof value === 'string' && isTimeOfDay(value)) || 'Give a time as HH:MM, e.g. 18:30.',
    },
    {
      name: 'quietDays',
      label: 'Quiet days',
      type: 'select',
      hasMany: true,
      options: optionsFor(weekdays),
    },
  ],
}

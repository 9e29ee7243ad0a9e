import type { CollectionConfig } from 'payload'

import { linksOfReadablePrograms } from './access/linksOfReadablePrograms'
import { recordRecordAccess } from './hooks/audit/auditRecordAccess'
import { optionsFor, reminderKinds, reminderSendStatuses } from './vocabularies'

const nobody = () => false

/**
 * Each reminder sent, or being sent, to a patient: at most one per program, patient, local day
 * and kind (a unique key in PostgreSQL), claimed by one worker before it is sent (see
 * src/reminders/claims.ts). Written only by the reminder worker; staff who may read the program
 * can read them.
 */
export const ReminderSends: CollectionConfig = {
  slug: 'reminder-sends',
  labels: { singular: 'Reminder sent', plural: 'Reminders sent' },
  admin: { hidden: true, useAsTitle: 'day' },
  lockDocuments: false,
  indexes: [{ fields: ['program', 'patient', 'day', 'kind'], unique: true }],
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
    {
      name: 'day',
      type: 'text',
      required: true,
      admin: { description: "The patient's local day the reminder is for, YYYY-MM-DD." },
    },
    { name: 'kind', type: 'select', required: true, options: optionsFor(reminderKinds) },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: optionsFor(reminderSendStatuses),
    },
    { name: 'dueAt', type: 'date', required: true },
    { name: 'claimedBy', type: 'text' },
    { name: 'claimedAt', type: 'date' },
    { name: 'attempts', type: 'number', defaultValue: 0 },
    { name: 'sentAt', type: 'date' },
    { name: 'messageId', type: 'text' },
    { name: 'lastError', type: 'text' },
  ],
}

import type { CollectionConfig } from 'payload'

import { linksOfReadablePrograms } from './access/linksOfReadablePrograms'
import { recordRecordAccess } from './hooks/audit/auditRecordAccess'

const nobody = () => false

/** The longest comment a patient can leave with a session. */
export const SESSION_COMMENT_MAX = 500

/**
 * A routine the patient did on a day of their program, logged from their program's page: one
 * per program, routine and local day (a second log that day replaces it), with an optional
 * pain score and comment. Written only by the server for the patient's link: no staff member
 * can create, change or delete one over any API. Staff who may read the program can read them.
 */
export const SessionLogs: CollectionConfig = {
  slug: 'session-logs',
  labels: { singular: 'Session log', plural: 'Session logs' },
  admin: { hidden: true, useAsTitle: 'day' },
  lockDocuments: false,
  indexes: [{ fields: ['program', 'routine', 'day'], unique: true }],
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
    { name: 'routine', type: 'relationship', relationTo: 'routines', required: true },
    {
      name: 'day',
      type: 'text',
      required: true,
      index: true,
      admin: { description: "The patient's local day, YYYY-MM-DD." },
      validate: (value: string | null | undefined) =>
        (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) || 'A day as YYYY-MM-DD.',
    },
    {
      name: 'pain',
      type: 'number',
      min: 0,
      max: 10,
      validate: (value: number | null | undefined) =>
        value === null ||
        value === undefined ||
        (Number.isInteger(value) && value >= 0 && value <= 10) ||
        'Pain is a whole number from 0 to 10.',
    },
    { name: 'comment', type: 'textarea', maxLength: SESSION_COMMENT_MAX },
    { name: 'loggedAt', type: 'date', required: true },
  ],
}

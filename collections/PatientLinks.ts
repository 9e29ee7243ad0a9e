import type { CollectionConfig, FieldAccess } from 'payload'

import { linksOfReadablePrograms } from './access/linksOfReadablePrograms'
import { recordRecordAccess } from './hooks/audit/auditRecordAccess'
import { optionsFor, patientLinkStates, patientLinkStopReasons } from './vocabularies'

const nobody = () => false
const neverRead: FieldAccess = () => false
const date = (name: string, label: string) => ({
  name,
  label,
  type: 'date' as const,
  admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' as const } },
})

/**
 * One stable link per program and patient to the patient's own program page: a program moved
 * to another patient stops its old link, and its next send makes one for the new patient. The
 * token is never stored: only its SHA-256, to find the link by (see src/patientLinks/token.ts).
 * Written only by the server: sending creates or extends it, "Stop this link" and "New link"
 * change it, and each visit counts an open. Staff read it as the program's `patientLink`.
 */
export const PatientLinks: CollectionConfig = {
  slug: 'patient-links',
  labels: { singular: 'Patient link', plural: 'Patient links' },
  admin: { hidden: true, useAsTitle: 'state' },
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
    {
      name: 'program',
      type: 'relationship',
      relationTo: 'programs',
      required: true,
      index: true,
    },
    {
      name: 'patient',
      type: 'relationship',
      relationTo: 'patients',
      required: true,
      index: true,
      admin: { description: 'The patient the link was made for: it opens only for them.' },
    },
    {
      name: 'tokenHash',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { read: neverRead },
      admin: { hidden: true },
    },
    {
      name: 'version',
      type: 'number',
      required: true,
      defaultValue: 1,
      access: { read: neverRead },
      admin: { hidden: true },
    },
    {
      // 1: a token made before links had a patient (program and version only), still accepted
      // for rows kept from then (the migration sets it); every link made or renewed now is 2.
      name: 'tokenFormat',
      type: 'number',
      defaultValue: 2,
      access: { read: neverRead },
      admin: { hidden: true },
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'active',
      options: optionsFor(patientLinkStates),
    },
    date('expiresAt', 'Active until'),
    {
      name: 'delivery',
      type: 'relationship',
      relationTo: 'deliveries',
      admin: { description: 'The last delivery sent: the page shows exactly it.' },
    },
    date('lastSentAt', 'Last sent'),
    date('lastOpenedAt', 'Last opened'),
    { name: 'openCount', label: 'Opened', type: 'number', required: true, defaultValue: 0 },
    {
      name: 'lastOpenedFrom',
      type: 'text',
      admin: { description: 'The network last opened from, never the full address.' },
    },
    date('stoppedAt', 'Stopped'),
    {
      name: 'stopReason',
      type: 'select',
      options: optionsFor(patientLinkStopReasons),
      admin: { readOnly: true },
    },
  ],
}

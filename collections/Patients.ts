import type { CollectionConfig } from 'payload'

import { createOwnClinicalRecord } from './access/createOwnClinicalRecord'
import { ownClinicalRecords } from './access/ownClinicalRecords'
import { clinicianField } from './fields/clinician'
import { timeZoneField } from './fields/timeZone'
import { recordRecordAccess } from './hooks/audit/auditRecordAccess'
import { stampEmailConsent } from './hooks/stampEmailConsent'
import { languages, optionsFor, patientStatuses } from './vocabularies'
import { patientEndpoints } from '../src/patients/endpoints'
import { refreshProgramTitles } from '../src/patients/refreshProgramTitles'
import { refuseDeleteOfSentPatient } from '../src/patients/refuseDeleteOfSentPatient'

const languageNames: Record<(typeof languages)[number], string> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  pt: 'Portuguese',
  it: 'Italian',
  zh: 'Chinese',
  ar: 'Arabic',
}

/** Set only by the server: archiving and erasing go through their own actions. */
const serverOnly = { create: () => false, update: () => false }
const stamp = (name: string, label: string) => ({
  name,
  label,
  type: 'date' as const,
  access: serverOnly,
  admin: {
    position: 'sidebar' as const,
    readOnly: true,
    date: { pickerAppearance: 'dayAndTime' as const },
    condition: (data: Record<string, unknown>) => Boolean(data?.[name]),
  },
})
const byWhom = (name: string, label: string, shownWith: string) => ({
  name,
  label,
  type: 'relationship' as const,
  relationTo: 'users' as const,
  access: serverOnly,
  admin: {
    position: 'sidebar' as const,
    readOnly: true,
    condition: (data: Record<string, unknown>) => Boolean(data?.[shownWith]),
  },
})

export const Patients: CollectionConfig = {
  slug: 'patients',
  labels: { singular: 'Patient', plural: 'Patients' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'clinician', 'status'],
    group: 'Clinic',
  },
  access: {
    read: ownClinicalRecords,
    create: createOwnClinicalRecord,
    update: ownClinicalRecords,
    delete: ownClinicalRecords,
  },
  endpoints: patientEndpoints,
  hooks: {
    beforeChange: [stampEmailConsent],
    afterChange: [refreshProgramTitles],
    beforeDelete: [refuseDeleteOfSentPatient],
    afterOperation: [recordRecordAccess],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'email', type: 'email', index: true },
    {
      name: 'preferredLanguage',
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: optionsFor(languages).map((option) => ({
        ...option,
        label: languageNames[option.value as keyof typeof languageNames],
      })),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'emailConsent',
          label: 'Agrees to receive their program by email',
          type: 'checkbox',
          defaultValue: false,
        },
        {
          name: 'emailConsentAt',
          label: 'Consent recorded',
          type: 'date',
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    timeZoneField({
      name: 'timeZone',
      label: 'Time zone',
      admin: {
        description:
          "Where the patient lives, if not the clinic's time zone: their day and reminders follow it.",
      },
    }),
    clinicianField,
    {
      name: 'status',
      type: 'select',
      defaultValue: 'active',
      index: true,
      options: optionsFor(patientStatuses),
      access: serverOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Archived: their links no longer open and nothing is sent to them.',
      },
    },
    stamp('archivedAt', 'Archived'),
    byWhom('archivedBy', 'Archived by', 'archivedAt'),
    stamp('erasedAt', 'Personal data erased'),
    byWhom('erasedBy', 'Erased by', 'erasedAt'),
    {
      name: 'recordActions',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/PatientRecordActions#PatientRecordActions' },
      },
    },
  ],
}

import type { CollectionConfig } from 'payload'

import { createOwnClinicalRecord } from './access/createOwnClinicalRecord'
import { ownClinicalRecords } from './access/ownClinicalRecords'
import { clinicianField } from './fields/clinician'
import { recordRecordAccess } from './hooks/audit/auditRecordAccess'
import { stampEmailConsent } from './hooks/stampEmailConsent'
import { languages, optionsFor } from './vocabularies'

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

export const Patients: CollectionConfig = {
  slug: 'patients',
  labels: { singular: 'Patient', plural: 'Patients' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'clinician'], group: 'Clinic' },
  access: {
    read: ownClinicalRecords,
    create: createOwnClinicalRecord,
    update: ownClinicalRecords,
    delete: ownClinicalRecords,
  },
  hooks: { beforeChange: [stampEmailConsent], afterOperation: [recordRecordAccess] },
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
    clinicianField,
  ],
}

import type { CollectionConfig } from 'payload'

import { deliveryEndpoints } from '../../src/delivery/endpoints/deliveryEndpoints'
import { handoutEndpoints } from '../../src/handouts/endpoints/handoutEndpoints'
import { createOwnClinicalRecord } from '../access/createOwnClinicalRecord'
import { ownClinicalRecords } from '../access/ownClinicalRecords'
import { hasRole } from '../access/roles'
import { clinicianField } from '../fields/clinician'
import { routineItemsField } from '../routineItem'
import {
  IN_CLINIC,
  optionsFor,
  programStatuses,
  programTemplates,
  THERAPIST_APPLIED,
  weekdays,
} from '../vocabularies'
import { validateProgramRoutines, validateProgramTechnique } from '../fields/homeTechniques'
import { fillFromPatient } from './hooks/fillFromPatient'
import { prefillRoutinesFromConditions } from './hooks/prefillRoutinesFromConditions'
import { refuseFormerPatientsName } from './hooks/refuseFormerPatientsName'
import { stopLinksOfFormerPatient } from './hooks/stopLinksOfFormerPatient'
import { recordRecordAccess } from '../hooks/audit/auditRecordAccess'
import { programTemplate } from './programTemplate'
import { validateReviewDate } from './validateReviewDate'
import { adherencePanelField } from '../fields/adherencePanel'
import { deliveryPanelField } from '../fields/deliveryPanel'
import { handoutActionsField } from '../fields/handoutActions'
import { patientLinkFields } from '../fields/patientLink'
import { patientLinkEndpoints } from '../../src/patientLinks/endpoints'
import { sessionLogsCsvEndpoint } from '../../src/adherence/endpoints/sessionLogsCsv'
import { refuseDeleteOfSentProgram } from '../../src/programs/refuseDeleteOfSentProgram'

export const Programs: CollectionConfig = {
  slug: 'programs',
  labels: { singular: 'Home program', plural: 'Home programs' },
  admin: {
    // Staff read lists by the title kept for them; the patient's title is made when sending.
    useAsTitle: 'listTitle',
    defaultColumns: ['listTitle', 'patient', 'status', 'reviewDate'],
    group: 'Clinic',
  },
  access: {
    read: ownClinicalRecords,
    create: createOwnClinicalRecord,
    update: ownClinicalRecords,
    delete: ownClinicalRecords,
  },
  endpoints: [
    ...handoutEndpoints('programs', programTemplate),
    ...deliveryEndpoints,
    ...patientLinkEndpoints,
    sessionLogsCsvEndpoint,
  ],
  hooks: {
    beforeValidate: [refuseFormerPatientsName, fillFromPatient],
    beforeChange: [prefillRoutinesFromConditions],
    afterChange: [stopLinksOfFormerPatient],
    beforeDelete: [refuseDeleteOfSentProgram],
    afterOperation: [recordRecordAccess],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      admin: {
        description:
          'Your own title for the handout. Left empty, the patient sees "Home program for <their name>".',
      },
    },
    {
      name: 'listTitle',
      label: 'Program',
      type: 'text',
      admin: {
        readOnly: true,
        // Kept for lists and relationship labels only: never shown in the form.
        condition: () => false,
        description: 'The title, or "Home program for <patient>": made again at each save.',
      },
    },
    {
      name: 'patient',
      type: 'relationship',
      relationTo: 'patients',
      required: true,
      index: true,
      filterOptions: ({ user }) =>
        !user || hasRole(user, 'admin') ? true : { clinician: { equals: user.id } },
    },
    {
      name: 'conditions',
      type: 'relationship',
      relationTo: 'conditions',
      hasMany: true,
      admin: {
        description: "A new program's routines start as these conditions' recommended routines.",
      },
    },
    {
      name: 'routines',
      type: 'relationship',
      relationTo: 'routines',
      hasMany: true,
      validate: validateProgramRoutines,
      filterOptions: { purpose: { not_equals: IN_CLINIC } },
      admin: {
        components: { Field: '/src/components/ProtocolRoutinesField#ProtocolRoutinesField' },
      },
    },
    routineItemsField(
      {
        label: 'Extra techniques',
        admin: { description: 'Techniques the patient does on their own, beside the routines.' },
      },
      {
        validate: validateProgramTechnique,
        filterOptions: { kind: { not_equals: THERAPIST_APPLIED } },
      },
    ),
    routineItemsField(
      {
        name: 'clinicItems',
        label: 'Done in the clinic',
        admin: {
          initCollapsed: true,
          description:
            'Techniques the therapist applies at visits. Kept with the program, never printed as home techniques.',
        },
      },
      { filterOptions: { kind: { equals: THERAPIST_APPLIED } } },
    ),
    {
      name: 'personalNotes',
      type: 'richText',
      admin: { description: 'Printed in the handout, addressed to the patient.' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          required: true,
          defaultValue: () => new Date().toISOString(),
          admin: { width: '50%', date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'reviewDate',
          type: 'date',
          validate: validateReviewDate,
          admin: { width: '50%', date: { pickerAppearance: 'dayOnly' } },
        },
      ],
    },
    {
      name: 'practiceDays',
      label: 'Practice days',
      type: 'select',
      hasMany: true,
      defaultValue: [...weekdays],
      options: optionsFor(weekdays),
      admin: {
        description:
          'The days the patient does their routines (none chosen: every day). Reminders and adherence follow them.',
      },
    },
    adherencePanelField,
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: optionsFor(programStatuses),
      admin: { position: 'sidebar', description: 'Only ready or active programs can be sent.' },
    },
    clinicianField,
    deliveryPanelField,
    ...patientLinkFields,
    handoutActionsField,
    {
      name: 'template',
      type: 'select',
      required: true,
      label: 'Handout template',
      defaultValue: 'home-program',
      options: optionsFor(programTemplates),
      admin: { position: 'sidebar', description: 'The layout of the PDF handout and the email.' },
    },
    {
      name: 'largePrint',
      label: 'Large print handout',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
  ],
}

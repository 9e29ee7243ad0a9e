import type { GlobalConfig } from 'payload'

import { adminOnly } from './access/adminOnly'
import { anyone } from './access/anyone'
import { adherenceAlertsGroup } from './fields/adherenceAlerts'
import { timeZoneField } from './fields/timeZone'

const hexColour = (value: string | null | undefined) =>
  !value || /^#[0-9a-fA-F]{6}$/.test(value) ? true : 'Use a hex colour such as #2E6F62.'

/** Branding and contact details printed on every handout and email. */
export const ClinicSettings: GlobalConfig = {
  slug: 'clinic-settings',
  label: 'Clinic settings',
  admin: { group: 'Clinic' },
  access: { read: anyone, update: adminOnly },
  fields: [
    { name: 'name', label: 'Clinic name', type: 'text', required: true },
    { name: 'logo', type: 'upload', relationTo: 'media' },
    {
      type: 'row',
      fields: [
        {
          name: 'primaryColour',
          type: 'text',
          required: true,
          defaultValue: '#2E6F62',
          validate: hexColour,
          admin: { width: '50%' },
        },
        {
          name: 'accentColour',
          type: 'text',
          required: true,
          defaultValue: '#C8643B',
          validate: hexColour,
          admin: { width: '50%' },
        },
      ],
    },
    { name: 'address', type: 'textarea' },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', admin: { width: '33%' } },
        { name: 'email', type: 'email', admin: { width: '33%' } },
        { name: 'website', type: 'text', admin: { width: '33%' } },
      ],
    },
    {
      name: 'handoutFooter',
      type: 'textarea',
      admin: { description: 'Printed at the foot of every handout page.' },
    },
    {
      name: 'disclaimer',
      type: 'textarea',
      admin: { description: 'Printed at the end of every handout and email.' },
    },
    timeZoneField({
      name: 'timeZone',
      label: 'Time zone',
      required: true,
      defaultValue: 'Europe/London',
      admin: {
        description:
          "The clinic's time zone (e.g. Europe/Madrid): a patient's day and reminders follow it unless the patient has their own.",
      },
    }),
    {
      name: 'patientLinkDays',
      label: 'Patient links stay active for (days after the last send)',
      type: 'number',
      required: true,
      defaultValue: 180,
      min: 1,
      max: 3650,
      admin: { step: 1 },
    },
    adherenceAlertsGroup,
  ],
}

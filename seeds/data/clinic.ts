import type { ClinicSetting } from '../../src/payload-types'

/** The demo clinic's branding; staff replace it in Clinic settings. */
export const clinic: Omit<ClinicSetting, 'id'> = {
  name: 'Riverside Pain & Massage Clinic',
  primaryColour: '#2E6F62',
  accentColour: '#C8643B',
  address: '12 Riverside Walk\nSpringfield',
  phone: '555-0142',
  email: 'care@riverside-clinic.example',
  website: 'https://riverside-clinic.example',
  handoutFooter:
    'Questions about your program? Call us on 555-0142 or email care@riverside-clinic.example.',
  disclaimer:
    'This handout supports the care your clinician gives you. It does not replace medical advice. If something in it does not feel right for you, stop and ask us.',
  patientLinkDays: 180,
  timeZone: 'Europe/London',
}

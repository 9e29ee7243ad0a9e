import type { Field } from 'payload'

/**
 * The program's patient link, in its API for staff who may read the program (the link's own
 * read access applies), and the sidebar panel that shows and manages it.
 */
export const patientLinkFields: Field[] = [
  {
    name: 'patientLink',
    type: 'join',
    collection: 'patient-links',
    on: 'program',
    admin: { hidden: true },
  },
  {
    name: 'patientLinkPanel',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/src/components/PatientLinkPanel#PatientLinkPanel' },
    },
  },
]

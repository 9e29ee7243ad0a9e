import type { CollectionConfig } from 'payload'

import { markSeenEndpoint } from '../src/adherence/endpoints/markSeen'
import { linksOfReadablePrograms } from './access/linksOfReadablePrograms'
import { recordRecordAccess } from './hooks/audit/auditRecordAccess'
import { alertRules, alertSeverities, optionsFor } from './vocabularies'

const nobody = () => false
const serverOnly = { readOnly: true, hidden: true }
const moment = (name: string, label: string) => ({
  name,
  label,
  type: 'date' as const,
  admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' as const } },
})

/**
 * An adherence alert raised for a program's clinician by its patient's session logs (or their
 * absence): one per event, its `eventKey` unique, so re-evaluating never raises it twice.
 * Written only by the server; staff who may read the program read it and mark it seen
 * (`POST /api/alerts/:id/seen`), which records who and when. The message never names the
 * patient: it is shown in lists and counted in emails.
 */
export const Alerts: CollectionConfig = {
  slug: 'alerts',
  labels: { singular: 'Alert', plural: 'Alerts' },
  admin: {
    useAsTitle: 'message',
    defaultColumns: ['message', 'severity', 'program', 'raisedAt', 'seenAt'],
    group: 'Clinic',
    description: "Raised by patients' session logs; mark them seen from the dashboard.",
  },
  lockDocuments: false,
  hooks: { afterOperation: [recordRecordAccess] },
  access: {
    read: linksOfReadablePrograms,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  endpoints: [markSeenEndpoint],
  fields: [
    { name: 'program', type: 'relationship', relationTo: 'programs', required: true, index: true },
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true },
    { name: 'clinician', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'rule', type: 'select', required: true, options: optionsFor(alertRules) },
    { name: 'severity', type: 'select', required: true, options: optionsFor(alertSeverities) },
    { name: 'message', type: 'text', required: true },
    {
      name: 'eventKey',
      type: 'text',
      required: true,
      unique: true,
      admin: { readOnly: true, description: 'Program, rule and event: one alert per key.' },
    },
    { ...moment('raisedAt', 'Raised'), required: true, index: true },
    moment('seenAt', 'Seen'),
    { name: 'seenBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    // The clinician's email batch this alert went out in (src/adherence/alertEmails.ts).
    { name: 'emailBatch', type: 'text', index: true, admin: serverOnly },
    { name: 'emailClaimedAt', type: 'date', admin: serverOnly },
    { name: 'emailedAt', type: 'date', admin: serverOnly },
  ],
}

import type { CollectionConfig } from 'payload'

import { auditExportEndpoint } from '../src/audit/exportEndpoint'
import { adminOnly } from './access/adminOnly'
import { auditActions, auditedCollections, optionsFor, roles } from './vocabularies'

const nobody = () => false
const readOnly = { readOnly: true }

/**
 * The audit trail (HIPAA 45 CFR 164.312(b)): one event per staff access to patient data, send,
 * patient-link change and sign-in. Who, role, action, collection, record ids, when, and the
 * client's network: never a field's value, a name or an email. Append-only: only the server
 * writes events (src/audit/recordAudit.ts); nobody creates, edits or deletes one over any API.
 * Admins read them here and export them as CSV; events older than the retention are purged.
 */
export const AuditEvents: CollectionConfig = {
  slug: 'audit-events',
  labels: { singular: 'Audit event', plural: 'Audit trail' },
  admin: {
    group: 'Clinic',
    useAsTitle: 'action',
    defaultColumns: ['at', 'action', 'collection', 'recordIds', 'userId', 'role', 'network'],
    hidden: ({ user }) => user?.role !== 'admin',
    description:
      'Who read or changed patient records, sent programs, changed patient links or signed in. ' +
      'Download as CSV: /api/audit-events/export.csv?from=2026-01-01&to=2026-12-31',
    pagination: { defaultLimit: 50 },
  },
  defaultSort: '-at',
  lockDocuments: false,
  // The time of the access is `at`: Payload's createdAt/updatedAt would only repeat it.
  timestamps: false,
  access: {
    read: adminOnly,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  endpoints: [auditExportEndpoint],
  fields: [
    {
      name: 'at',
      label: 'When',
      type: 'date',
      required: true,
      index: true,
      admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'userId',
      label: 'Staff member (id)',
      type: 'number',
      index: true,
      admin: {
        ...readOnly,
        description:
          'Kept as a number so the event outlives the account; empty for a failed sign-in with an unknown email.',
      },
    },
    { name: 'role', type: 'select', options: optionsFor(roles), admin: readOnly },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: optionsFor(auditActions),
      admin: readOnly,
    },
    {
      name: 'collection',
      type: 'select',
      required: true,
      options: auditedCollections.map((value) => ({ label: value, value })),
      admin: readOnly,
    },
    {
      name: 'recordIds',
      label: 'Record ids',
      type: 'json',
      admin: { ...readOnly, description: 'The ids of the records read or changed.' },
    },
    {
      name: 'network',
      label: 'Client network',
      type: 'text',
      admin: { ...readOnly, description: 'IPv4 /24 or IPv6 /48, never the full address.' },
    },
  ],
}

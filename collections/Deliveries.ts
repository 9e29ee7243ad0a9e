import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { dataDir } from '../src/paths'
import { ownClinicalRecords } from './access/ownClinicalRecords'
import { recordRecordAccess } from './hooks/audit/auditRecordAccess'
import {
  deliveryAttemptOutcomes,
  deliveryChannels,
  deliveryStatuses,
  deliveryTransports,
  handoutTemplates,
  optionsFor,
} from './vocabularies'

const nobody = () => false
const serverOnly = { readOnly: true, hidden: true }

/**
 * What exactly each patient was given, and when. Written only by the server (Local API with
 * access overridden); staff can read but never create, edit or delete a record. Each delivery
 * keeps the PDF it attached as its upload, so the file staff download is the one that was sent.
 */
export const Deliveries: CollectionConfig = {
  slug: 'deliveries',
  labels: { singular: 'Delivery', plural: 'Deliveries' },
  admin: {
    useAsTitle: 'recipient',
    defaultColumns: ['program', 'status', 'recipient', 'sentAt', 'createdAt'],
    group: 'Clinic',
    description: 'Every handout sent to a patient: read-only, written by the server.',
  },
  // Nobody edits a delivery in the admin, so there is no editing session to lock.
  lockDocuments: false,
  hooks: { afterOperation: [recordRecordAccess] },
  access: {
    read: ownClinicalRecords,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  upload: {
    staticDir: path.join(dataDir, 'deliveries'),
    mimeTypes: ['application/pdf'],
    filesRequiredOnCreate: false,
  },
  fields: [
    { name: 'program', type: 'relationship', relationTo: 'programs', required: true, index: true },
    { name: 'patient', type: 'relationship', relationTo: 'patients', required: true, index: true },
    { name: 'clinician', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'channel', type: 'select', required: true, options: optionsFor(deliveryChannels) },
    { name: 'recipient', type: 'email' },
    { name: 'template', type: 'select', required: true, options: optionsFor(handoutTemplates) },
    {
      name: 'idempotencyKey',
      type: 'text',
      required: true,
      unique: true,
      admin: { description: 'Program, content versions and template: one delivery per key.' },
    },
    {
      name: 'contentVersions',
      type: 'json',
      admin: {
        description:
          "The version (updatedAt) of every document the handout was made from (the snapshot's, kept when the snapshot is erased).",
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: optionsFor(deliveryStatuses),
      admin: { position: 'sidebar' },
    },
    {
      name: 'transport',
      type: 'select',
      options: [
        { label: 'SMTP server', value: deliveryTransports[0] },
        { label: 'Outbox folder (no SMTP server configured)', value: deliveryTransports[1] },
      ],
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'pdfSha256', label: 'PDF SHA-256', type: 'text' },
        { name: 'pdfBytes', label: 'PDF size (bytes)', type: 'number' },
      ],
    },
    {
      name: 'snapshot',
      type: 'json',
      admin: {
        hidden: true,
        description:
          "What this send gives the patient (schema-versioned, its pictures by checksum), made once when it was asked for: the email, its PDF and the patient's page are rendered from it.",
      },
    },
    { name: 'messageId', type: 'text' },
    { name: 'lastError', type: 'text' },
    {
      name: 'attempts',
      type: 'array',
      fields: [
        {
          name: 'at',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'outcome', type: 'select', options: optionsFor(deliveryAttemptOutcomes) },
        { name: 'error', type: 'text' },
      ],
    },
    ...(['queuedAt', 'sendingAt', 'sentAt', 'failedAt', 'erasedAt'] as const).map((name) => ({
      name,
      type: 'date' as const,
      admin: { position: 'sidebar' as const, date: { pickerAppearance: 'dayAndTime' as const } },
    })),
    { name: 'claimedBy', type: 'text', admin: serverOnly },
    { name: 'claimedAt', type: 'date', admin: serverOnly },
  ],
}

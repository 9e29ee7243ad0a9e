import type { CollectionConfig } from 'payload'

import { ownClinicalRecords } from './access/ownClinicalRecords'
import { deliveryChannels, deliveryStatuses, handoutTemplates, optionsFor } from './vocabularies'

const nobody = () => false

/**
 * What exactly each patient was given, and when. Written only by the server (Local API with
 * access overridden); staff can read but never create, edit or delete a record.
 */
export const Deliveries: CollectionConfig = {
  slug: 'deliveries',
  labels: { singular: 'Delivery', plural: 'Deliveries' },
  admin: {
    useAsTitle: 'recipient',
    defaultColumns: ['program', 'channel', 'status', 'recipient', 'createdAt'],
    group: 'Clinic',
  },
  access: {
    read: ownClinicalRecords,
    create: nobody,
    update: nobody,
    delete: nobody,
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
        description: 'The version (updatedAt) of every document the handout was made from.',
      },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: optionsFor(deliveryStatuses),
    },
    {
      type: 'row',
      fields: [
        { name: 'pdfSha256', label: 'PDF SHA-256', type: 'text' },
        { name: 'pdfBytes', label: 'PDF size (bytes)', type: 'number' },
      ],
    },
    { name: 'messageId', type: 'text' },
    {
      name: 'attempts',
      type: 'array',
      fields: [
        { name: 'at', type: 'date', required: true },
        { name: 'outcome', type: 'select', options: optionsFor(['sent', 'retry', 'failed']) },
        { name: 'error', type: 'text' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'queuedAt', type: 'date' },
        { name: 'sentAt', type: 'date' },
        { name: 'failedAt', type: 'date' },
      ],
    },
  ],
}

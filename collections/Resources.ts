import type { CollectionConfig } from 'payload'

import { libraryAccess } from './access/libraryAccess'

import { readingLevelField } from './fields/readingLevel'
import { slugField } from './fields/slug'
import { computeReadingLevel } from './hooks/computeReadingLevel'
import { optionsFor, resourceKinds } from './vocabularies'

const validateUrl = (value: string | null | undefined) => {
  if (!value) {
    return true
  }
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
      ? true
      : 'The link must start with https:// or http://.'
  } catch {
    return 'Enter a full web address, such as https://example.org/page.'
  }
}

export const Resources: CollectionConfig = {
  slug: 'resources',
  labels: { singular: 'Resource', plural: 'Resources' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'readingLevel', '_status'],
    group: 'Library',
  },
  access: libraryAccess,
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { beforeChange: [computeReadingLevel(['summary', 'body'])] },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField('title'),
    readingLevelField,
    { name: 'kind', type: 'select', required: true, options: optionsFor(resourceKinds) },
    { name: 'summary', type: 'textarea', required: true },
    { name: 'url', label: 'Link', type: 'text', validate: validateUrl },
    { name: 'body', type: 'richText' },
  ],
}
